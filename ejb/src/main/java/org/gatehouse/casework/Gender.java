package org.gatehouse.casework;

/** Gender as recorded in the interchange format (FORMATS.md §1). */
public enum Gender {
    F("Female"),
    M("Male"),
    X("Non-binary / other"),
    U("Not stated");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
