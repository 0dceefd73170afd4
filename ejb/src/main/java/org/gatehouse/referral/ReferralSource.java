package org.gatehouse.referral;

import org.gatehouse.platform.Labelled;

/** Who referred the person. */
public enum ReferralSource implements Labelled {
    PRISON,
    OFFENDER_MANAGER,
    SELF,
    AGENCY
}
