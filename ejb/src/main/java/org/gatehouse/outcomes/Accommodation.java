package org.gatehouse.outcomes;

import org.gatehouse.platform.Labelled;

/** Where the person lives at a checkpoint. */
public enum Accommodation implements Labelled {
    SETTLED,
    SUPPORTED,
    TEMPORARY,
    ROUGH_SLEEPING,
    IN_CUSTODY,
    UNKNOWN
}
