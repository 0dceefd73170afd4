package org.gatehouse.casework;

/** The person's legal status after release. */
public enum LegalStatus {
    ON_LICENCE("On licence"),
    PAROLE("Parole"),
    REHABILITATION_ACTIVITY_REQUIREMENT("Rehabilitation Activity Requirement"),
    UNSUPERVISED("Unsupervised");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
