package org.gatehouse.referral;

/** Why a referral was declined. */
public enum DeclineReason {
    NOT_ELIGIBLE("Not eligible (no qualifying vulnerability)"),
    PERSON_DECLINED("The person does not want mentoring"),
    NO_CAPACITY("No capacity in the region"),
    RELEASE_TOO_SOON("Release too soon to prepare"),
    OUT_OF_AREA("Released outside the agency's area"),
    RISK_NOT_MANAGEABLE("Risk cannot be managed safely"),
    OTHER("Other (see the note)");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
