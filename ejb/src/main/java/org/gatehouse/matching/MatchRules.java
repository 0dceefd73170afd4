package org.gatehouse.matching;

/**
 * The agency's hard rules besides vetting, training, capacity and conflicts: how long a
 * lived-experience mentor must have been out of prison.
 */
public record MatchRules(int livedExperienceMinDaysSinceRelease) {

    public static final MatchRules DEFAULT = new MatchRules(365);

    public MatchRules {
        if (livedExperienceMinDaysSinceRelease < 0) {
            throw new IllegalArgumentException("the distance from release cannot be negative");
        }
    }
}
