package org.gatehouse.notes;

/** Fired in the transaction that withdraws a note, so that the search index drops it once that commits. */
public record NoteWithdrawn(long noteId) {
}
