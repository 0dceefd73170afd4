package org.gatehouse.outcomes;

/** Education, training and employment at a checkpoint. */
public enum Occupation {
    EMPLOYED_FULL_TIME("Employed full-time"),
    EMPLOYED_PART_TIME("Employed part-time"),
    EDUCATION_OR_TRAINING("In education or training"),
    VOLUNTEERING("Volunteering"),
    SEEKING("Not in work, looking"),
    UNABLE("Not able to work"),
    UNKNOWN("Not known");

    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
