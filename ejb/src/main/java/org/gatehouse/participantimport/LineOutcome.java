package org.gatehouse.participantimport;

/** What happened to one row of an import. */
public enum LineOutcome {
    IMPORTED,
    UPDATED,
    UNCHANGED,
    REJECTED
}
