package org.gatehouse.matching;

import java.util.List;

/** How a match ended. */
public enum MatchEnd {
    COMPLETED("Completed"),
    BROKEN_DOWN("Broken down"),
    REMATCHED("Re-matched"),
    /** Ended with the case (exit or transfer), not by a person's decision. */
    CASE_ENDED("Case ended"),
    /** The participant withdrew consent to mentoring. */
    NO_CONSENT("Consent to mentoring withdrawn");

    /** The ends a person records; the others follow from the case or its consent. */
    public static final List<MatchEnd> DECIDED = List.of(COMPLETED, BROKEN_DOWN, REMATCHED);

    private final String label;

    MatchEnd(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
