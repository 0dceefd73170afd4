package org.gatehouse.outcomes;

/** A yes / no answer at a checkpoint, which may not be known. */
public enum Answer {
    YES("Yes"),
    NO("No"),
    UNKNOWN("Not known");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
