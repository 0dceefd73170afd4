package org.gatehouse.dashboards;

import java.util.List;
import java.util.Optional;

/** What the service-level dashboard breaks each service level down by. */
public enum ServiceLevelBreakdown {
    NONE(null),
    AGENCY("a.code"),
    PROGRAM("pr.code"),
    REGION("r.code"),
    MONTH("f.month_start");

    private final String group;

    ServiceLevelBreakdown(String group) {
        this.group = group;
    }

    /** The breakdown a link or request names (blank: {@link #NONE}); empty when it names none. */
    public static Optional<ServiceLevelBreakdown> named(String text) {
        return FilterFields.named(values(), NONE, text);
    }

    public static List<String> names() {
        return FilterFields.names(values());
    }

    /** The SQL expression of a row's group (aliases of {@link ServiceLevelDashboard}'s query). */
    String group() {
        return group;
    }
}
