package org.gatehouse.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/** What a coordinator records when a referral arrives. */
public record ReferralDetails(ReferralSource source, String referrer, LocalDate receivedOn, String region,
                              String justiceId, String givenName, String familyName, LocalDate dateOfBirth,
                              Gender gender, String prison, LocalDate expectedReleaseDate) {

    public ReferralDetails {
        referrer = Texts.strippedOrNull(referrer);
        region = Texts.strippedOrNull(region);
        justiceId = Texts.strippedOrNull(justiceId);
        givenName = Texts.strippedOrNull(givenName);
        familyName = Texts.strippedOrNull(familyName);
        prison = Texts.strippedOrNull(prison);
    }

    /** Every rule broken on its own (the region is checked against the agency elsewhere). */
    public List<Violation> violations(LocalDate today) {
        List<Violation> found = new ArrayList<>();
        Checks.required(found, "source", source);
        Checks.line(found, "referrer", referrer, 200, true);
        Checks.line(found, "region", region, 32, true);
        Checks.line(found, "justice_id", justiceId, 32, false);
        Checks.line(found, "given_name", givenName, 100, true);
        Checks.line(found, "family_name", familyName, 100, true);
        Checks.line(found, "prison", prison, 100, true);
        Checks.required(found, "gender", gender);
        Checks.required(found, "expected_release_date", expectedReleaseDate);
        if (Checks.required(found, "received_on", receivedOn) && receivedOn.isAfter(today)) {
            found.add(new Violation("received_on", "cannot be in the future"));
        }
        if (Checks.required(found, "date_of_birth", dateOfBirth) && receivedOn != null) {
            // the rule the case will be held to once accepted (FORMATS.md §1)
            int age = Period.between(dateOfBirth, receivedOn).getYears();
            if (age < ParticipantDetails.MIN_AGE_AT_REFERRAL || age > ParticipantDetails.MAX_AGE_AT_REFERRAL) {
                found.add(new Violation("date_of_birth", "gives an age of " + age + " when referred; it must be "
                        + ParticipantDetails.MIN_AGE_AT_REFERRAL + "-" + ParticipantDetails.MAX_AGE_AT_REFERRAL));
            }
        }
        return found;
    }
}
