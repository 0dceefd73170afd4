package org.gatehouse.outcomes;

import org.gatehouse.platform.Labelled;

/** Engagement with drug, alcohol or mental-health treatment at a checkpoint. */
public enum Treatment implements Labelled {
    ENGAGED,
    NOT_ENGAGED,
    NOT_NEEDED,
    UNKNOWN
}
