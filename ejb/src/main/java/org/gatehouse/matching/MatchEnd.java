package org.gatehouse.matching;

import java.util.List;
import org.gatehouse.platform.Labelled;

/** How a match ended. */
public enum MatchEnd implements Labelled {
    COMPLETED,
    BROKEN_DOWN,
    REMATCHED,
    /** Ended with the case (exit or transfer), not by a person's decision. */
    CASE_ENDED,
    /** The participant withdrew consent to mentoring. */
    NO_CONSENT;

    /** The ends a person records; the others follow from the case or its consent. */
    public static final List<MatchEnd> DECIDED = List.of(COMPLETED, BROKEN_DOWN, REMATCHED);
}
