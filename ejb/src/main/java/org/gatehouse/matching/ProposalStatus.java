package org.gatehouse.matching;

/** A pool proposal waits for the coordinator, who publishes it (the matches start) or discards it. */
public enum ProposalStatus {
    PENDING("Pending"),
    PUBLISHED("Published"),
    DISCARDED("Discarded");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
