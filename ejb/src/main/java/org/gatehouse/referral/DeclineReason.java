package org.gatehouse.referral;

import org.gatehouse.platform.Labelled;

/** Why a referral was declined. */
public enum DeclineReason implements Labelled {
    NOT_ELIGIBLE,
    PERSON_DECLINED,
    NO_CAPACITY,
    RELEASE_TOO_SOON,
    OUT_OF_AREA,
    RISK_NOT_MANAGEABLE,
    OTHER
}
