package org.gatehouse.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A mentor's details, lifecycle and vetting, as the entity and the vetting rule guard them. */
class MentorLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Region north = withId(new Region(agency, "NORTH", "North"), 10);
    private final CheckType police = withId(new CheckType(agency, "POLICE", "Police check", true), 100);
    private final CheckType refs = withId(new CheckType(agency, "REFERENCES", "References", true), 101);
    private final CheckType firstAid = withId(new CheckType(agency, "FIRST_AID", "First aid", false), 102);

    private static MentorDetails details(int capacity) {
        return new MentorDetails("NORTH", "Mia", "Mentor", "mia@example.org", "0400 000 000", Gender.F,
                MentorType.LIVED_EXPERIENCE, "English; Arabic", null, true, capacity,
                Set.of(WeeklySlot.MON_EVENING, WeeklySlot.SAT_MORNING), TODAY.minusYears(3), null);
    }

    private Mentor applicant() {
        return withId(Mentor.apply(agency, north, null, details(2), 365, TODAY, NOW), 7);
    }

    @Test
    void detailsAreCheckedWithEveryReason() {
        MentorDetails bad = new MentorDetails(null, " ", "M", "not-an-address", "x", null, null, null, null, false,
                21, null, TODAY.plusDays(1), null);
        assertThat(bad.violations(TODAY)).extracting(v -> v.field()).containsExactlyInAnyOrder("region", "given_name",
                "email", "phone", "gender", "type", "capacity", "own_release_date");
        assertThat(details(2).violations(TODAY)).isEmpty();
    }

    @Test
    void aMentorMovesOnlyAlongTheLifecycleAndBecomesActiveOnlyWhenVetted() {
        Mentor mentor = applicant();
        VettingStatus none = VettingStatus.of(List.of(police, refs), List.of(), TODAY);
        assertThatThrownBy(() -> mentor.moveTo(MentorStatus.ACTIVE, null, none, NOW)).hasMessageContaining("can become");
        mentor.moveTo(MentorStatus.IN_TRAINING, null, none, NOW);
        assertThatThrownBy(() -> mentor.moveTo(MentorStatus.ACTIVE, null, none, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("vetting is not cleared");
        VettingStatus cleared = VettingStatus.of(List.of(police, refs, firstAid), List.of(
                check(police, TODAY.minusYears(1), TODAY.plusYears(2)), check(refs, TODAY.minusDays(3), null)), TODAY);
        mentor.moveTo(MentorStatus.ACTIVE, null, cleared, NOW);
        mentor.moveTo(MentorStatus.PAUSED, null, cleared, NOW);
        assertThatThrownBy(() -> mentor.moveTo(MentorStatus.EXITED, " ", cleared, NOW)).hasMessageContaining("why");
        mentor.moveTo(MentorStatus.EXITED, "moved interstate", cleared, NOW);
        assertThat(mentor.getExitReason()).isEqualTo("moved interstate");
        assertThat(MentorStatus.EXITED.next()).isEmpty();
    }

    @Test
    void vettingNamesWhatIsMissingExpiredOrExpiringOnlyForRequiredChecks() {
        VettingStatus status = VettingStatus.of(List.of(police, refs, firstAid), List.of(
                check(police, TODAY.minusYears(3), TODAY.minusDays(1)),
                check(police, TODAY.minusYears(4), TODAY.plusYears(1))), TODAY);
        // the latest police check counts, and it has expired; references were never done; first aid is optional
        assertThat(status.expired()).containsExactly(new VettingStatus.Expiry("Police check", TODAY.minusDays(1)));
        assertThat(status.missing()).containsExactly("References");
        assertThat(status.cleared()).isFalse();

        VettingStatus soon = VettingStatus.of(List.of(police), List.of(check(police, TODAY.minusYears(3),
                TODAY.plusDays(VettingStatus.WARNING_DAYS))), TODAY);
        assertThat(soon.cleared()).isTrue();
        assertThat(soon.needsAttention()).isTrue();
        assertThat(soon.expiringSoon()).containsExactly(new VettingStatus.Expiry("Police check",
                TODAY.plusDays(VettingStatus.WARNING_DAYS)));
        VettingStatus later = VettingStatus.of(List.of(police), List.of(check(police, TODAY.minusYears(3),
                TODAY.plusDays(VettingStatus.WARNING_DAYS + 1))), TODAY);
        assertThat(later.needsAttention()).isFalse();
    }

    @Test
    void aCourseIsCompletedOnlyByAttendingASessionOfItMarkedCompleted() {
        Course induction = withId(new Course(agency, "INDUCTION", "Induction", true), 300);
        Course trauma = withId(new Course(agency, "TRAUMA", "Trauma-informed practice", false), 301);
        MentorSession held = new MentorSession(SessionKind.TRAINING, induction, TODAY.minusDays(1), "Hall", "c", NOW);
        held.recordAttendance(Map.of(7L, true, 8L, false), Set.of(7L, 8L), TODAY);
        TrainingStatus seven = TrainingStatus.of(7L, List.of(induction, trauma), List.of(held));
        assertThat(seven.completed()).containsExactly("Induction");
        assertThat(seven.readyToMatch()).isTrue();
        TrainingStatus eight = TrainingStatus.of(8L, List.of(induction, trauma), List.of(held));
        assertThat(eight.requiredMissing()).containsExactly("Induction");
        assertThatThrownBy(() -> new MentorSession(SessionKind.DEBRIEF, induction, TODAY, null, "c", NOW))
                .hasMessageContaining("only a training session");
        MentorSession debrief = new MentorSession(SessionKind.DEBRIEF, null, TODAY, null, "c", NOW);
        assertThatThrownBy(() -> debrief.recordAttendance(Map.of(7L, true), Set.of(7L), TODAY))
                .hasMessageContaining("completes a course");
    }

    private VettingCheck check(CheckType type, LocalDate completed, LocalDate expires) {
        return new VettingCheck(applicant(), type, completed, expires, "c", TODAY, NOW);
    }
}
