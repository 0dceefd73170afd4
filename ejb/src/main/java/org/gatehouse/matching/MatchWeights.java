package org.gatehouse.matching;

/** How much each reason adds to a mentor's score (an agency may set its own). */
public record MatchWeights(int region, int availability, int transport, int language, int livedExperience,
                           int culturalFit, int load) {

    public static final MatchWeights DEFAULT = new MatchWeights(30, 20, 15, 15, 10, 5, 10);

    public MatchWeights {
        for (int weight : new int[] {region, availability, transport, language, livedExperience, culturalFit, load}) {
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException("a weight is 0-100");
            }
        }
    }
}
