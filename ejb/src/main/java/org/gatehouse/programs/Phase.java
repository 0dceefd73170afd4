package org.gatehouse.programs;

/** Where a case is, from its dates. */
public enum Phase {
    PRE_RELEASE,
    RELEASE_DAY,
    FIRST_STEPS,
    ONGOING,
    COMPLETED,
    EXITED
}
