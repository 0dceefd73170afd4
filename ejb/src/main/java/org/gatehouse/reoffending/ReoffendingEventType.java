package org.gatehouse.reoffending;

/** The kinds of event the reoffending feed carries (FORMATS.md §2). */
public enum ReoffendingEventType {
    /** A conviction or caution for an offence. */
    PROVEN_OFFENCE,
    /** A new period in custody. */
    CUSTODY
}
