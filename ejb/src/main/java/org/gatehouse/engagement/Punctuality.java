package org.gatehouse.engagement;

/** Whether the participant came on time (for an engagement that happened). */
public enum Punctuality {
    ON_TIME("On time"),
    LATE("Late");

    private final String label;

    Punctuality(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
