package org.gatehouse.casework;

/** What saving a participant by its agency reference did. */
public enum UpsertOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
