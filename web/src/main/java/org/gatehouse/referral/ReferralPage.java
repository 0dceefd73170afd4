package org.gatehouse.referral;

import java.util.List;

/** One page of the agency's referrals (awaiting intake: soonest release first), with how many there are. */
public record ReferralPage(long total, int first, int max, List<ReferralJson> items) {
}
