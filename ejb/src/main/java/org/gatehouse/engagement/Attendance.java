package org.gatehouse.engagement;

import org.gatehouse.platform.Labelled;

/** Whether an engagement happened. */
public enum Attendance implements Labelled {
    ATTENDED,
    DID_NOT_ATTEND,
    CANCELLED
}
