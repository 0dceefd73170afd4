package org.gatehouse.matching;

/** Why a mentor must never be matched with a participant. */
public enum ConflictKind {
    CO_DEFENDANT("Co-defendant"),
    VICTIM_LINK("Link to a victim"),
    KNOWN_PERSONALLY("Known personally (family, friend, neighbour)"),
    OTHER("Other");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
