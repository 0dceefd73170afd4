package org.gatehouse.matching;

import org.gatehouse.mentoring.MentoringSettings;

/**
 * The agency's hard rules besides vetting, training, capacity and conflicts: how long a
 * lived-experience mentor must have been out of prison, and how many completed matches make a
 * volunteer experienced enough for a high risk-of-harm case (paid mentors always are).
 */
public record MatchRules(int livedExperienceMinDaysSinceRelease, int experiencedAfterMatches) {

    public static final MatchRules DEFAULT = new MatchRules(MentoringSettings.DEFAULT_LIVED_EXPERIENCE_MIN_DAYS,
            MentoringSettings.DEFAULT_EXPERIENCED_AFTER_MATCHES);

    public MatchRules {
        if (livedExperienceMinDaysSinceRelease < 0 || livedExperienceMinDaysSinceRelease > 3650) {
            throw new IllegalArgumentException("the distance from release is 0-3650 days");
        }
        if (experiencedAfterMatches < 1 || experiencedAfterMatches > 50) {
            throw new IllegalArgumentException("experience is 1-50 completed matches");
        }
    }

    public static MatchRules of(MentoringSettings settings) {
        return new MatchRules(settings.getLivedExperienceMinDays(), settings.getExperiencedAfterMatches());
    }
}
