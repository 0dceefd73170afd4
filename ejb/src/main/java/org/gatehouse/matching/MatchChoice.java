package org.gatehouse.matching;

/** How a match was chosen: the matcher's first proposal, another eligible mentor (with a reason), or a pool proposal. */
public enum MatchChoice {
    TOP_PROPOSAL("First proposal"),
    OTHER_PROPOSAL("Another eligible mentor"),
    POOL("Pool proposal");

    private final String label;

    MatchChoice(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
