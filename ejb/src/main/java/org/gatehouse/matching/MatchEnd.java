package org.gatehouse.matching;

/** How a match ended. */
public enum MatchEnd {
    COMPLETED("Completed"),
    BROKEN_DOWN("Broken down"),
    REMATCHED("Re-matched");

    private final String label;

    MatchEnd(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
