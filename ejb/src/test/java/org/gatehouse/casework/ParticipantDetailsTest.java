package org.gatehouse.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

class ParticipantDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static ParticipantDetails valid() {
        return new ParticipantDetails("REF-1", "A1234BC", "Amy", "Abbott", LocalDate.of(1990, 5, 1), Gender.F,
                IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", "REINT", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 3, 1), null, Set.of(Vulnerability.NFA), null, null);
    }

    private static ParticipantDetails with(java.util.function.UnaryOperator<Object[]> change) {
        ParticipantDetails v = valid();
        Object[] f = {v.externalRef(), v.justiceId(), v.givenName(), v.familyName(), v.dateOfBirth(), v.gender(),
                v.indigenousStatus(), v.region(), v.prison(), v.program(), v.referralDate(), v.expectedReleaseDate(),
                v.actualReleaseDate(), v.vulnerabilities(), v.exitDate(), v.exitType()};
        f = change.apply(f);
        @SuppressWarnings("unchecked")
        Set<Vulnerability> vulnerabilities = (Set<Vulnerability>) f[13];
        return new ParticipantDetails((String) f[0], (String) f[1], (String) f[2], (String) f[3], (LocalDate) f[4],
                (Gender) f[5], (IndigenousStatus) f[6], (String) f[7], (String) f[8], (String) f[9],
                (LocalDate) f[10], (LocalDate) f[11], (LocalDate) f[12], vulnerabilities, (LocalDate) f[14],
                (ExitType) f[15]);
    }

    @Test
    void validDetailsBreakNoRule() {
        assertThat(valid().violations(TODAY)).isEmpty();
    }

    @Test
    void blankRequiredTextIsMissing() {
        ParticipantDetails details = with(f -> {
            f[0] = "   ";
            f[3] = null;
            return f;
        });
        assertThat(details.violations(TODAY)).extracting(Violation::field)
                .containsExactlyInAnyOrder("external_ref", "family_name");
        assertThat(details.externalRef()).isNull();
    }

    @Test
    void ageAtReferralMustBeSixteenToHundred() {
        ParticipantDetails tooYoung = with(f -> {
            f[4] = LocalDate.of(2010, 1, 11);
            return f;
        });
        assertThat(tooYoung.violations(TODAY)).extracting(Violation::toString)
                .containsExactly("date_of_birth: gives an age of 15 at referral; it must be 16-100");
        ParticipantDetails sixteen = with(f -> {
            f[4] = LocalDate.of(2010, 1, 10);
            return f;
        });
        assertThat(sixteen.violations(TODAY)).isEmpty();
        ParticipantDetails tooOld = with(f -> {
            f[4] = LocalDate.of(1925, 1, 9);
            return f;
        });
        assertThat(tooOld.violations(TODAY)).extracting(Violation::field).containsExactly("date_of_birth");
    }

    @Test
    void dateOfBirthMustBeInThePast() {
        ParticipantDetails future = with(f -> {
            f[4] = TODAY;
            return f;
        });
        assertThat(future.violations(TODAY)).extracting(Violation::toString)
                .containsExactly("date_of_birth: must be in the past");
    }

    @Test
    void releaseCannotPrecedeReferral() {
        ParticipantDetails details = with(f -> {
            f[12] = LocalDate.of(2026, 1, 9);
            return f;
        });
        assertThat(details.violations(TODAY)).extracting(Violation::field).containsExactly("actual_release_date");
    }

    @Test
    void exitDateAndTypeGoTogether() {
        ParticipantDetails dateOnly = with(f -> {
            f[14] = LocalDate.of(2026, 6, 1);
            return f;
        });
        assertThat(dateOnly.violations(TODAY)).extracting(Violation::field).containsExactly("exit_type");
        ParticipantDetails both = with(f -> {
            f[14] = LocalDate.of(2026, 6, 1);
            f[15] = ExitType.PLANNED;
            return f;
        });
        assertThat(both.violations(TODAY)).isEmpty();
    }

    @Test
    void equalDetailsAreEqualWhateverTheSetImplementation() {
        ParticipantDetails a = valid();
        ParticipantDetails b = with(f -> {
            f[13] = new java.util.HashSet<>(Set.of(Vulnerability.NFA));
            return f;
        });
        assertThat(a).isEqualTo(b);
    }
}
