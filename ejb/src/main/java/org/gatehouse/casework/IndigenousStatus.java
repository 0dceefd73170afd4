package org.gatehouse.casework;

/** Aboriginal and/or Torres Strait Islander status. */
public enum IndigenousStatus {
    ABORIGINAL("Aboriginal"),
    TORRES_STRAIT_ISLANDER("Torres Strait Islander"),
    BOTH("Aboriginal and Torres Strait Islander"),
    NEITHER("Neither"),
    NOT_STATED("Not stated");

    private final String label;

    IndigenousStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
