package org.gatehouse.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.casework.CaseDetailsChanged;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.NoteWithdrawn;
import org.gatehouse.notes.SearchableNote;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Feeds the index from committed transactions only: a saved note is indexed after its transaction
 * commits (in the committing thread, so it is searchable when the save returns), never when it rolls
 * back. A withdrawn note leaves the index the same way.
 */
@ApplicationScoped
public class NoteIndexer {

    private static final Logger LOG = Logger.getLogger(NoteIndexer.class.getName());

    @Inject
    private NoteIndex index;

    @Inject
    private CaseNotes notes;

    /** A case's names or references changed: its notes are indexed again with them. */
    void onCaseChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseDetailsChanged changed) {
        try {
            index.put(Callers.runAs(Caller.systemFor(changed.agencyId(), changed.agencyCode()),
                    () -> notes.searchableOf(changed.participantId())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Notes of case " + changed.participantId() + " not indexed again ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWithdrawn withdrawn) {
        try {
            index.remove(List.of(withdrawn.noteId()));
        } catch (RuntimeException e) {
            // the note is withdrawn; the health check reports the extra entry and a rebuild drops it
            LOG.log(Level.WARNING, () -> "Withdrawn note " + withdrawn.noteId() + " still in the index ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchableNote note) {
        try {
            index.put(List.of(note));
        } catch (RuntimeException e) {
            // the note is saved; the index health check reports the gap and a rebuild closes it
            LOG.log(Level.WARNING, () -> "Note " + note.noteId() + " not indexed (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
