package org.gatehouse.warehouse;

import java.util.List;

/**
 * A service level of DESIGN.md as the dashboards show it: its code in {@code fact_service_level},
 * what it counts, and whether it is a rate (numerator / denominator, in percent) or a mean (the
 * referral lead time, in days). {@code released} tells how its denominator relates to the people
 * released in the month, whom the reoffending cohorts count too (the commissioners' figures of
 * both are suppressed together where they nearly agree).
 */
public record ServiceLevelDefinition(String code, String meaning, boolean mean, Released released) {

    /** How a level's denominator relates to the episodes released in its month. */
    public enum Released {
        /** Every episode released in the month: nearly a quarter's cohort members, month by month. */
        EVERY,
        /** Some of them (those whose weeks or months after release are over): never more. */
        SOME,
        /** Not counted by release. */
        NONE
    }

    /** What the numerator of a mean (days) or of a rate (cases) counts. */
    public static String numeratorMeaning(boolean mean) {
        return mean ? "days from referral to expected release, added up" : "cases that met it";
    }

    /** What the denominator of a mean or of a rate counts. */
    public static String denominatorMeaning(boolean mean) {
        return mean ? "referrals" : "cases it applies to";
    }

    /** Its definition as the printed reports give it. */
    public String definition() {
        return code + ": " + meaning + " (" + numeratorMeaning(mean) + " / " + denominatorMeaning(mean)
                + (mean ? "; a mean in days" : "; a rate in percent with its 95% Wilson interval") + ")";
    }

    /** Every service level, in the order of DESIGN.md. */
    public static List<ServiceLevelDefinition> all() {
        return ServiceLevels.MEASURES.stream().map(m -> new ServiceLevelDefinition(m.code(), m.meaning(), m.mean(),
                m.released())).toList();
    }
}
