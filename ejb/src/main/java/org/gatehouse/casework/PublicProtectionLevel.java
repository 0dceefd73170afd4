package org.gatehouse.casework;

/** The level of multi-agency public protection arrangements the person is managed at. */
public enum PublicProtectionLevel {
    NONE("None"),
    LEVEL_1("Level 1 (ordinary agency management)"),
    LEVEL_2("Level 2 (multi-agency meetings)"),
    LEVEL_3("Level 3 (senior multi-agency management)");

    private final String label;

    PublicProtectionLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
