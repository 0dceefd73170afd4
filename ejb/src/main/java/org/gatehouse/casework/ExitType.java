package org.gatehouse.casework;

/** How a participant left the program. */
public enum ExitType {
    PLANNED("Planned"),
    UNPLANNED("Unplanned"),
    TRANSFERRED("Transferred");

    private final String label;

    ExitType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
