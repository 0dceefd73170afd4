package org.gatehouse.referral;

import java.time.LocalDate;
import org.gatehouse.casework.Gender;

/**
 * A referral as the API shows it (identity, version, where it stands, the case it became) and takes
 * it from a referring system (who referred whom, when, for which region).
 */
public record ReferralJson(
        Long id,
        Long version,
        ReferralStatus status,
        Long participantId,
        ReferralSource source,
        String referrer,
        LocalDate receivedOn,
        String region,
        String justiceId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Gender gender,
        String prison,
        LocalDate expectedReleaseDate) {

    public static ReferralJson of(Referral r) {
        return new ReferralJson(r.getId(), r.getVersion(), r.getStatus(),
                r.getParticipant() == null ? null : r.getParticipant().getId(), r.getSource(), r.getReferrer(),
                r.getReceivedOn(), r.getRegion() == null ? null : r.getRegion().getCode(), r.getJusticeId(),
                r.getGivenName(), r.getFamilyName(), r.getDateOfBirth(), r.getGender(), r.getPrison(),
                r.getExpectedReleaseDate());
    }

    public ReferralDetails details() {
        return new ReferralDetails(source, referrer, receivedOn, region, justiceId, givenName, familyName, dateOfBirth,
                gender, prison, expectedReleaseDate);
    }

    /** What was asked for, in one form (an idempotency key's request). */
    static ReferralJson asked(ReferralDetails d) {
        return new ReferralJson(null, null, null, null, d.source(), d.referrer(), d.receivedOn(), d.region(),
                d.justiceId(), d.givenName(), d.familyName(), d.dateOfBirth(), d.gender(), d.prison(),
                d.expectedReleaseDate());
    }
}
