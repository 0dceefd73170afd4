package org.gatehouse.partners;

import org.gatehouse.platform.Labelled;

/** What a partner service offers. */
public enum ServiceKind implements Labelled {
    HOUSING,
    EMPLOYMENT,
    ALCOHOL_AND_DRUGS,
    HEALTH,
    FAMILY,
    FINANCE,
    OTHER
}
