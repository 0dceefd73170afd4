package org.gatehouse.outcomes;

/** Where the person lives at a checkpoint. */
public enum Accommodation {
    SETTLED("Settled (own or family tenancy)"),
    SUPPORTED("Supported or approved premises"),
    TEMPORARY("Temporary (hostel, B&B, sofa-surfing)"),
    ROUGH_SLEEPING("Rough sleeping"),
    IN_CUSTODY("Back in custody"),
    UNKNOWN("Not known");

    private final String label;

    Accommodation(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
