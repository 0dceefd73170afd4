package org.gatehouse.outcomes;

import org.gatehouse.platform.Labelled;

/** A yes / no answer at a checkpoint, which may not be known. */
public enum Answer implements Labelled {
    YES,
    NO,
    UNKNOWN
}
