package org.gatehouse.engagement;

import org.gatehouse.platform.Labelled;

/** Whether the participant came on time (for an engagement that happened). */
public enum Punctuality implements Labelled {
    ON_TIME,
    LATE
}
