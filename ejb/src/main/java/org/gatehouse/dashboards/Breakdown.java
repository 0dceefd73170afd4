package org.gatehouse.dashboards;

import java.util.List;
import java.util.Optional;

/**
 * What the reoffending dashboard breaks each cohort down by: the member's agency or program, or a
 * dimension of its enrolment (current region, gender, Aboriginal and Torres Strait Islander status,
 * age band at release, vulnerability). A member with several vulnerabilities is in each of their
 * groups (and one with none in {@code NONE}), so those groups do not add up to the cohort.
 */
public enum Breakdown {
    NONE(null),
    AGENCY("a.code"),
    PROGRAM("pr.code"),
    REGION("r.code"),
    GENDER("d.gender"),
    INDIGENOUS_STATUS("coalesce(d.indigenous_status, 'NOT_STATED')"),
    AGE_BAND("coalesce(d.age_band, 'UNKNOWN')"),
    VULNERABILITY("coalesce(v.vulnerability_key, 'NONE')");

    private final String group;

    Breakdown(String group) {
        this.group = group;
    }

    /** The breakdown a link or request names (blank: {@link #NONE}); empty when it names none. */
    public static Optional<Breakdown> named(String text) {
        return FilterFields.named(values(), NONE, text);
    }

    /** The names {@link #named} knows, for messages and choices. */
    public static List<String> names() {
        return FilterFields.names(values());
    }

    /** The SQL expression of a member's group (aliases of {@link ReoffendingDashboard}'s query). */
    String group() {
        return group;
    }
}
