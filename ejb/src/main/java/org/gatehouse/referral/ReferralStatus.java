package org.gatehouse.referral;

import org.gatehouse.platform.Labelled;

/** Where a referral is: awaiting intake, or decided one of three ways. */
public enum ReferralStatus implements Labelled {
    RECEIVED,
    ACCEPTED,
    DECLINED,
    REFERRED_ON
}
