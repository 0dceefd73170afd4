package org.gatehouse.worklist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CadenceSlot;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;
import org.gatehouse.programs.Phase;

/**
 * Works out the case sections of a worklist from the schedules of the open cases the caller may
 * reach (a mentor's: their mentees; the agency's system: all of them).
 */
@Stateless
public class CaseWorkLists {

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Clock clock;

    public CaseWork ofOpenCases() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<WorkItem> releasesSoon = new ArrayList<>();
        List<WorkItem> overdue = new ArrayList<>();
        List<WorkItem> noCallToday = new ArrayList<>();
        for (Map.Entry<Participant, CaseSchedule> entry : schedules.of(registry.openCases()).entrySet()) {
            Participant p = entry.getKey();
            CaseSchedule schedule = entry.getValue();
            boolean releasingSoon = (schedule.phase() == Phase.PRE_RELEASE || schedule.phase() == Phase.RELEASE_DAY)
                    && !schedule.release().isAfter(today.plusDays(Worklist.RELEASE_HORIZON_DAYS));
            if (releasingSoon) {
                releasesSoon.add(item(p, schedule.release(), schedule.milestones().stream()
                        .filter(m -> m.milestone().offsetDays() <= 0 && !m.milestone().isOutcomeCheckpoint()
                                && m.state() != MilestoneState.DONE
                                && m.state() != MilestoneState.CANCELLED)
                        .map(m -> Outstanding.milestone(m.milestone().label())).toList()));
            }
            List<MilestoneStatus> late = schedule.milestones().stream()
                    .filter(m -> m.state() == MilestoneState.LATE).toList();
            if (!late.isEmpty()) {
                overdue.add(item(p, late.get(0).due(), late.stream()
                        .map(m -> Outstanding.due(m.milestone().label(), m.due())).toList()));
            }
            boolean callDue = schedule.slots().stream().anyMatch(s -> dailyCall(s) && !s.from().isAfter(today)
                    && !s.to().isBefore(today) && s.state() == MilestoneState.DUE);
            if (callDue) {
                noCallToday.add(item(p, today, List.of(Outstanding.noCallToday())));
            }
        }
        // soonest first: the day that matters, then the name
        Comparator<WorkItem> soonest = Comparator.comparing(WorkItem::date).thenComparing(WorkItem::name);
        releasesSoon.sort(soonest);
        overdue.sort(soonest);
        return new CaseWork(releasesSoon, overdue, noCallToday, now);
    }

    private static boolean dailyCall(CadenceSlot slot) {
        return slot.cadence().kind() == ActivityKind.PHONE_CALL && slot.cadence().everyDays() == 1;
    }

    private static WorkItem item(Participant p, LocalDate date, List<Outstanding> outstanding) {
        return new WorkItem(p.getId(), p.getGivenName() + " " + p.getFamilyName(), p.getExternalRef(),
                p.getProgram().getName(), date, outstanding);
    }
}
