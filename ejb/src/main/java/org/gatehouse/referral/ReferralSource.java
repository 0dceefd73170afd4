package org.gatehouse.referral;

/** Who referred the person. */
public enum ReferralSource {
    PRISON("Prison"),
    OFFENDER_MANAGER("Offender Manager"),
    SELF("Self-referral"),
    AGENCY("Another agency");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
