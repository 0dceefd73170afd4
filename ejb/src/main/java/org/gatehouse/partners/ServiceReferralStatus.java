package org.gatehouse.partners;

import java.util.EnumSet;
import java.util.Set;
import org.gatehouse.platform.Labelled;

/**
 * Where a referral to a partner service stands: referred, then accepted or declined by the service,
 * then engaging, then completed or dropped out; withdrawn by the agency at any point before it closes.
 */
public enum ServiceReferralStatus implements Labelled {
    REFERRED,
    ACCEPTED,
    ENGAGED,
    DECLINED,
    COMPLETED,
    DROPPED_OUT,
    WITHDRAWN;

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
