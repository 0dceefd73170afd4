package org.gatehouse.outcomes;

/** Engagement with drug, alcohol or mental-health treatment at a checkpoint. */
public enum Treatment {
    ENGAGED("Engaged with treatment"),
    NOT_ENGAGED("Needs treatment, not engaged"),
    NOT_NEEDED("No treatment need"),
    UNKNOWN("Not known");

    private final String label;

    Treatment(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
