package org.gatehouse.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.BuiltInTemplates;
import org.junit.jupiter.api.Test;

/** An engagement's rules: what it needs, what counts for the milestones, and the mentor-log sign-off. */
class EngagementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Participant participant = Participant.register(agency,
            withId(new Region(agency, "NORTH", "North"), 10),
            withId(new Program(agency, "REINT", "Re-integration", BuiltInTemplates.REINTEGRATION), 100),
            new ParticipantDetails("R-1", "A1", "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH",
                    "HMP", "REINT", TODAY.minusDays(30), TODAY.plusDays(10), null, Set.of(), null, null), TODAY, NOW);

    private Engagement engagement(EngagementDetails details, boolean byMentor) {
        return new Engagement(participant, details, byMentor, "someone", TODAY, NOW);
    }

    @Test
    void onlyAnEngagementThatHappenedCounts() {
        Engagement call = engagement(new EngagementDetails(ActivityKind.PHONE_CALL, TODAY, LocalTime.of(9, 30), 10,
                Attendance.ATTENDED, Punctuality.LATE, Set.of(Attendee.PARTICIPANT, Attendee.MENTOR)), false);
        assertThat(call.counts()).isTrue();
        assertThat(call.getAttendees()).containsExactlyInAnyOrder(Attendee.PARTICIPANT, Attendee.MENTOR);
        for (Attendance missed : new Attendance[] {Attendance.DID_NOT_ATTEND, Attendance.CANCELLED}) {
            assertThat(engagement(new EngagementDetails(ActivityKind.GATE_MEETING, TODAY, null, null, missed, null,
                    Set.of()), false).counts()).isFalse();
        }
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThatThrownBy(() -> engagement(new EngagementDetails(null, TODAY.plusDays(1), null, 0,
                Attendance.CANCELLED, Punctuality.ON_TIME, Set.of()), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("kind", "duration_minutes",
                                "punctuality", "happened_on"));
        assertThatThrownBy(() -> engagement(EngagementDetails.attended(ActivityKind.PHONE_CALL,
                TODAY.minusDays(31)), false)).hasMessageContaining("between the referral date");
        assertThatThrownBy(() -> engagement(new EngagementDetails(ActivityKind.PHONE_CALL, TODAY, null, 1441,
                null, null, Set.of()), false)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.getViolations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("duration_minutes", "attendance"));
    }

    @Test
    void aMentorsLogIsSignedOffOnceAndStaffRecordsNeedNone() {
        Engagement logged = engagement(EngagementDetails.attended(ActivityKind.MENTOR_MEETING, TODAY), true);
        assertThat(logged.isAwaitingSignOff()).isTrue();
        logged.signOff("case_worker.nrm", NOW);
        assertThat(logged.isAwaitingSignOff()).isFalse();
        assertThat(logged.getSignedOffBy()).isEqualTo("case_worker.nrm");
        assertThatThrownBy(() -> logged.signOff("coordinator.nrm", NOW)).hasMessageContaining("was signed off by");
        Engagement staff = engagement(EngagementDetails.attended(ActivityKind.MENTOR_MEETING, TODAY), false);
        assertThat(staff.isAwaitingSignOff()).isFalse();
        assertThatThrownBy(() -> staff.signOff("case_worker.nrm", NOW)).hasMessageContaining("needs no sign-off");
    }
}
