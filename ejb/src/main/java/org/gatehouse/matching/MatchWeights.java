package org.gatehouse.matching;

import java.util.List;
import org.gatehouse.mentoring.MentoringSettings;

/** How much each reason adds to a mentor's score (an agency may set its own). */
public record MatchWeights(int region, int availability, int transport, int language, int livedExperience,
                           int culturalFit, int load) {

    public static final MatchWeights DEFAULT = of(MentoringSettings.DEFAULT_WEIGHTS.stream()
            .mapToInt(Integer::intValue).toArray());

    public MatchWeights {
        for (int weight : new int[] {region, availability, transport, language, livedExperience, culturalFit, load}) {
            if (weight < 0 || weight > MentoringSettings.MAX_WEIGHT) {
                throw new IllegalArgumentException("a weight is 0-" + MentoringSettings.MAX_WEIGHT);
            }
        }
    }

    /** In the order of {@link MentoringSettings#weights()}. */
    public static MatchWeights of(int[] w) {
        return new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    public static MatchWeights of(MentoringSettings settings) {
        return of(settings.weights());
    }
}
