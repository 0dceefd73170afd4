package org.gatehouse.programs;

/** Where a milestone or a cadence slot stands on a given day. */
public enum MilestoneState {
    /** Its window has not opened yet. */
    UPCOMING,
    /** It can be done now and is not late. */
    DUE,
    /** Past its due day, still within its grace days. */
    LATE,
    /** Not done, and no longer can be. */
    MISSED,
    DONE,
    /** The case ended before it was due. */
    CANCELLED
}
