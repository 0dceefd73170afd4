package org.gatehouse.partners;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral to a partner service stands: referred, then accepted or declined by the service,
 * then engaging, then completed or dropped out; withdrawn by the agency at any point before it closes.
 */
public enum ServiceReferralStatus {
    REFERRED("Referred"),
    ACCEPTED("Accepted by the service"),
    ENGAGED("Engaging with the service"),
    DECLINED("Declined by the service"),
    COMPLETED("Completed"),
    DROPPED_OUT("Dropped out"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ServiceReferralStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** A closing status: it takes an outcome, and nothing follows it. */
    public boolean closes() {
        return next().isEmpty();
    }

    /** Where a referral can go from here, in the order of the path (the screen offers them so). */
    public Set<ServiceReferralStatus> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ENGAGED, DROPPED_OUT, WITHDRAWN);
            case ENGAGED -> EnumSet.of(COMPLETED, DROPPED_OUT, WITHDRAWN);
            case DECLINED, COMPLETED, DROPPED_OUT, WITHDRAWN -> EnumSet.noneOf(ServiceReferralStatus.class);
        };
    }
}
