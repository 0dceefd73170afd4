package org.gatehouse.programs;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.engagement.EngagementLog;

/** Runs the milestone engine over real cases: their program's template, dates and engagements. */
@Stateless
public class CaseSchedules {

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Clock clock;

    /** Where one case stands today. */
    public CaseSchedule of(long participantId) {
        Participant participant = registry.caseOf(participantId);
        return plan(participant, engagements.activitiesOf(List.of(participant)).get(participantId));
    }

    /** Where each of the cases (from the registry) stands today, in the order given. */
    public Map<Participant, CaseSchedule> of(Collection<Participant> cases) {
        Map<Long, List<Activity>> activities = engagements.activitiesOf(cases);
        Map<Participant, CaseSchedule> result = new LinkedHashMap<>();
        for (Participant participant : cases) {
            result.put(participant, plan(participant, activities.get(participant.getId())));
        }
        return result;
    }

    private CaseSchedule plan(Participant participant, List<Activity> activities) {
        return MilestoneEngine.plan(participant.getProgram().template(), participant.caseDates(), activities,
                LocalDate.now(clock));
    }
}
