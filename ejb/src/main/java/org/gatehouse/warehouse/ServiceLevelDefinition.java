package org.gatehouse.warehouse;

import java.util.List;

/**
 * A service level of DESIGN.md as the dashboards show it: its code in {@code fact_service_level},
 * what it counts, and whether it is a rate (numerator / denominator, in percent) or a mean (the
 * referral lead time, in days).
 */
public record ServiceLevelDefinition(String code, String meaning, boolean mean) {

    /** Every service level, in the order of DESIGN.md. */
    public static List<ServiceLevelDefinition> all() {
        return ServiceLevels.MEASURES.stream().map(m -> new ServiceLevelDefinition(m.code(), m.meaning(), m.mean()))
                .toList();
    }
}
