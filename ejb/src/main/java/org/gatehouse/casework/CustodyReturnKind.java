package org.gatehouse.casework;

/** How a released participant came back into custody. */
public enum CustodyReturnKind {
    RECALL("Recalled on licence"),
    REMAND("Remanded in custody"),
    NEW_SENTENCE("New custodial sentence");

    private final String label;

    CustodyReturnKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
