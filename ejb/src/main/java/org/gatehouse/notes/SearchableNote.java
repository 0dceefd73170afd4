package org.gatehouse.notes;

import java.time.Instant;
import java.util.Objects;
import org.gatehouse.casework.Participant;

/**
 * What search may know of a case note's current version and its case: fired when a note is saved,
 * taken in that transaction and indexed once it has committed (never if it rolls back).
 */
public record SearchableNote(long noteId, long versionId, long agencyId, long participantId, String body,
                             String pathway, String sensitivity, String author, Instant writtenAt, String program,
                             String givenName, String familyName, String justiceId, String externalRef) {

    public SearchableNote {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public static SearchableNote of(CaseNote note) {
        Participant p = note.getParticipant();
        return new SearchableNote(note.getNoteId(), note.getId(), p.getAgency().getId(), p.getId(), note.getBody(),
                note.getPathway() == null ? null : note.getPathway().name(), note.getSensitivity().name(),
                note.getWrittenBy(), note.getWrittenAt(), p.getProgram() == null ? null : p.getProgram().getCode(),
                p.getGivenName(), p.getFamilyName(), p.getJusticeId(), p.getExternalRef());
    }
}
