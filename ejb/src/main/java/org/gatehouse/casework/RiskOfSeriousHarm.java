package org.gatehouse.casework;

/** The assessed risk of serious harm to others. */
public enum RiskOfSeriousHarm {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    RiskOfSeriousHarm(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
