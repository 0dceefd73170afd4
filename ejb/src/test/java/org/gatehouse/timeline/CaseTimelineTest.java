package org.gatehouse.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.MilestoneDefinition;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;
import org.junit.jupiter.api.Test;

/** The case's story: everything on one list, newest first, with what did not happen and what is overdue. */
class CaseTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Participant participant = Participant.register(agency,
            withId(new Region(agency, "NORTH", "North"), 10),
            withId(new Program(agency, "REINT", "Re-integration", BuiltInTemplates.REINTEGRATION), 100),
            new ParticipantDetails("R-1", "A1", "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH",
                    "HMP", "REINT", TODAY.minusDays(30), TODAY.plusDays(10), null, Set.of(), null, null), TODAY, NOW);

    @Test
    void everythingOnOneListNewestFirst() {
        Engagement visit = new Engagement(participant, EngagementDetails.attended(ActivityKind.PRE_RELEASE_VISIT,
                TODAY.minusDays(5)), false, "case_worker.nrm", TODAY, NOW);
        Engagement missed = new Engagement(participant, new EngagementDetails(ActivityKind.PHONE_CALL,
                TODAY.minusDays(1), null, null, Attendance.DID_NOT_ATTEND, null, Set.of()), true, "mentor.nrm",
                TODAY, NOW);
        CaseNote note = CaseNote.write(participant, "Nervous about release.", null, Sensitivity.NORMAL, false,
                "case_worker.nrm", NOW.minusSeconds(3 * 86_400));
        MilestoneDefinition plan = BuiltInTemplates.REINTEGRATION.milestones().stream()
                .filter(m -> m.code().equals("CASE_PLAN")).findFirst().orElseThrow();
        MilestoneDefinition intro = BuiltInTemplates.REINTEGRATION.milestones().get(0);
        List<MilestoneStatus> milestones = List.of(
                new MilestoneStatus(intro, TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(9),
                        MilestoneState.LATE, null),
                new MilestoneStatus(plan, TODAY.minusDays(30), TODAY.plusDays(9), TODAY.plusDays(9),
                        MilestoneState.DUE, null));

        List<CaseTimeline.Entry> story = CaseTimeline.of(List.of(visit, missed), List.of(note), milestones, List.of(),
                ZoneOffset.UTC, TODAY);
        assertThat(story).extracting(CaseTimeline.Entry::on).containsExactly(TODAY.plusDays(9), TODAY.minusDays(1),
                TODAY.minusDays(3), TODAY.minusDays(4), TODAY.minusDays(5));
        assertThat(story).extracting(CaseTimeline.Entry::kind).containsExactly(TimelineKind.MILESTONE,
                TimelineKind.ENGAGEMENT, TimelineKind.NOTE, TimelineKind.MILESTONE, TimelineKind.ENGAGEMENT);
        assertThat(story.get(0).upcoming()).isTrue();
        assertThat(story.get(0).event()).isEqualTo(CaseTimeline.Event.MILESTONE_DUE);
        assertThat(story.get(1)).isEqualTo(new CaseTimeline.Entry(TODAY.minusDays(1), CaseTimeline.Event.ENGAGEMENT,
                null, ActivityKind.PHONE_CALL, Attendance.DID_NOT_ATTEND, "mentor.nrm", false));
        assertThat(story.get(2)).isEqualTo(new CaseTimeline.Entry(TODAY.minusDays(3), CaseTimeline.Event.NOTE,
                "Nervous about release.", null, null, "case_worker.nrm", false));
        assertThat(story.get(3).event()).isEqualTo(CaseTimeline.Event.MILESTONE_OVERDUE);
        assertThat(story.get(3).name()).isEqualTo(intro.label());
        assertThat(CaseTimeline.overdue(milestones)).containsExactly(milestones.get(0));
    }
}
