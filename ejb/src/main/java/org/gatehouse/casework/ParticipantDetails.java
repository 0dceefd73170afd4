package org.gatehouse.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/**
 * What a user, an API client or an import row says about a participant. Every door (screen, REST,
 * CSV import) builds one of these, so that the rules below are checked the same way everywhere.
 * Field names in violations are the column names of the participant import (FORMATS.md §1).
 */
public record ParticipantDetails(
        String externalRef,
        String justiceId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Gender gender,
        IndigenousStatus indigenousStatus,
        String region,
        String prison,
        String program,
        LocalDate referralDate,
        LocalDate expectedReleaseDate,
        LocalDate actualReleaseDate,
        Set<Vulnerability> vulnerabilities,
        LocalDate exitDate,
        ExitType exitType) {

    public static final int MIN_AGE_AT_REFERRAL = 16;
    public static final int MAX_AGE_AT_REFERRAL = 100;

    public ParticipantDetails {
        externalRef = Texts.strippedOrNull(externalRef);
        justiceId = Texts.strippedOrNull(justiceId);
        givenName = Texts.strippedOrNull(givenName);
        familyName = Texts.strippedOrNull(familyName);
        region = Texts.strippedOrNull(region);
        prison = Texts.strippedOrNull(prison);
        program = Texts.strippedOrNull(program);
        vulnerabilities = vulnerabilities == null || vulnerabilities.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(vulnerabilities));
    }

    /** The same details with other release dates (a prison system's update). */
    public ParticipantDetails withRelease(LocalDate expected, LocalDate actual) {
        return new ParticipantDetails(externalRef, justiceId, givenName, familyName, dateOfBirth, gender,
                indigenousStatus, region, prison, program, referralDate, expected, actual, vulnerabilities, exitDate,
                exitType);
    }

    /** Every rule this record breaks on its own (codes are checked against the agency elsewhere). */
    public List<Violation> violations(LocalDate today) {
        List<Violation> found = new ArrayList<>();
        Checks.line(found, "external_ref", externalRef, 64, true);
        Checks.line(found, "justice_id", justiceId, 32, true);
        Checks.line(found, "given_name", givenName, 100, true);
        Checks.line(found, "family_name", familyName, 100, true);
        Checks.line(found, "region", region, 32, true);
        Checks.line(found, "prison", prison, 100, true);
        Checks.line(found, "program", program, 32, true);
        Checks.required(found, "gender", gender);
        Checks.required(found, "referral_date", referralDate);
        Checks.required(found, "expected_release_date", expectedReleaseDate);
        if (Checks.required(found, "date_of_birth", dateOfBirth)) {
            if (!dateOfBirth.isBefore(today)) {
                found.add(new Violation("date_of_birth", "must be in the past"));
            } else if (referralDate != null) {
                int age = Period.between(dateOfBirth, referralDate).getYears();
                if (age < MIN_AGE_AT_REFERRAL || age > MAX_AGE_AT_REFERRAL) {
                    found.add(new Violation("date_of_birth", "gives an age of " + age + " at referral; it must be "
                            + MIN_AGE_AT_REFERRAL + "-" + MAX_AGE_AT_REFERRAL));
                }
            }
        }
        if (actualReleaseDate != null && referralDate != null && actualReleaseDate.isBefore(referralDate)) {
            found.add(new Violation("actual_release_date", "must not be before referral_date"));
        }
        if (exitDate != null && exitType == null) {
            found.add(new Violation("exit_type", "is required when exit_date is given"));
        }
        if (exitType != null && exitDate == null) {
            found.add(new Violation("exit_date", "is required when exit_type is given"));
        }
        if (exitDate != null && referralDate != null && exitDate.isBefore(referralDate)) {
            found.add(new Violation("exit_date", "must not be before referral_date"));
        }
        return found;
    }
}
