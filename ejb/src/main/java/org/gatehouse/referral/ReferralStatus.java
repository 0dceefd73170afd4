package org.gatehouse.referral;

/** Where a referral is: awaiting intake, or decided one of three ways. */
public enum ReferralStatus {
    RECEIVED("Awaiting intake"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    REFERRED_ON("Referred onward");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
