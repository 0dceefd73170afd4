package org.gatehouse.notes;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Case notes: written by case staff and by the case's mentor, read as their sensitivity allows,
 * corrected only by a new version (authors their own; case workers and coordinators any they
 * read), mentors' notes signed off by case staff. Note text is never written to the audit trail.
 */
@Stateless
public class CaseNotes {

    /** What a de-identified case's notes say instead of what they said. */
    public static final String REMOVED = "Removed under the agency's retention rule";

    private static final String RECORD = "CaseNote";

    /** The current notes' columns the index holds, with their case's names (followed by more conditions). */
    private static final String SEARCHABLE = "select n.noteId, n.id, p.id, n.body, n.pathway, n.sensitivity, "
            + "n.writtenBy, n.writtenAt, prog.code, p.givenName, p.familyName, p.justiceId, p.externalRef "
            + "from CaseNote n join n.participant p join p.program prog where n.currentVersion = true ";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<SearchableNote> saved;

    @Inject
    private Event<NoteWithdrawn> withdrawn;

    public CaseNote write(long participantId, String body, Pathway pathway, Sensitivity sensitivity) {
        Caller caller = access.requireAgencyRole("write a case note", AccessPolicy.CASE_STAFF);
        Participant participant = registry.caseToChange(participantId);
        CaseNote note = CaseNote.write(participant, body, pathway, sensitivity, byMentor(caller), caller.username(),
                Instant.now(clock));
        em.persist(note);
        note.belongsTo(note.getId());
        em.flush();
        saved.fire(SearchableNote.of(note));
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, note.getId(), "participant " + participantId
                + ", " + sensitivity);
        return note;
    }

    /** A new version of the note as the caller last saw it, with the reason; the old one is kept. */
    public CaseNote correct(long noteVersionId, long expectedVersion, String body, Pathway pathway,
                            Sensitivity sensitivity, String reason) {
        Caller caller = access.requireAgencyRole("correct a case note", AccessPolicy.CASE_STAFF);
        CaseNote current = readable(caller, noteVersionId);
        if (!caller.hasAny(AccessPolicy.CASE_EDITORS) && !current.getWrittenBy().equals(caller.username())) {
            throw access.denied(caller, "correct another's case note");
        }
        if (current.getVersion() != expectedVersion) {
            throw new StaleRecordException("case note " + noteVersionId);
        }
        CaseNote next = current.correct(body, pathway, sensitivity, reason, byMentor(caller), caller.username(),
                Instant.now(clock));
        em.persist(next);
        em.flush();
        saved.fire(SearchableNote.of(next));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, next.getId(), "version " + next.getVersionNo()
                + " of note " + next.getNoteId());
        return next;
    }

    /**
     * Withdraws a note written in error, with the reason (case workers and coordinators, a note they
     * read, as they last saw it). Its versions are kept; it leaves the case page and search.
     */
    public CaseNote withdraw(long noteVersionId, long expectedVersion, String reason) {
        Caller caller = access.requireAgencyRole("withdraw a case note", AccessPolicy.CASE_EDITORS);
        CaseNote note = readable(caller, noteVersionId);
        if (note.getVersion() != expectedVersion) {
            throw new StaleRecordException("case note " + noteVersionId);
        }
        note.withdraw(reason, caller.username(), Instant.now(clock));
        em.flush();
        withdrawn.fire(new NoteWithdrawn(note.getNoteId()));
        // the reason may name the person it was really about: not in the audit trail
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, noteVersionId, "note " + note.getNoteId()
                + " withdrawn");
        return note;
    }

    /** The case's notes (current versions) the caller may read, newest first. */
    public List<CaseNote> ofCase(long participantId) {
        Caller caller = access.requireAgencyRole("read case notes", AccessPolicy.CASE_STAFF);
        Participant participant = registry.caseOf(participantId);
        return em.createNamedQuery(CaseNote.CURRENT_OF_CASE, CaseNote.class).setParameter("participant", participant)
                .getResultStream().filter(n -> n.readableBy(caller)).toList();
    }

    /** Every version of a note the caller may read (its current version decides), newest first. */
    public List<CaseNote> versions(long noteVersionId) {
        Caller caller = access.requireAgencyRole("read a note's history", AccessPolicy.CASE_STAFF);
        CaseNote any = readable(caller, noteVersionId);
        List<CaseNote> versions = em.createNamedQuery(CaseNote.VERSIONS, CaseNote.class)
                .setParameter("noteId", any.getNoteId()).getResultList();
        if (!versions.get(0).readableBy(caller)) {
            throw new NotFoundException("case note " + noteVersionId);
        }
        return versions;
    }

    public CaseNote signOff(long noteVersionId, long expectedVersion) {
        Caller caller = access.requireAgencyRole("sign off a mentor's note", AccessPolicy.CASE_EDITORS);
        CaseNote note = readable(caller, noteVersionId);
        if (note.getVersion() != expectedVersion) {
            throw new StaleRecordException("case note " + noteVersionId);
        }
        note.signOff(caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, noteVersionId, "signed off");
        return note;
    }

    /** Mentors' notes no one has signed off yet, in the open cases the caller reaches. */
    public List<CaseNote> awaitingSignOff() {
        Caller caller = access.requireAgencyRole("see mentors' notes awaiting sign-off", AccessPolicy.CASE_EDITORS);
        Set<Long> reachable = registry.openCaseIds();
        return em.createNamedQuery(CaseNote.AWAITING_SIGN_OFF, CaseNote.class).getResultStream()
                .filter(n -> reachable.contains(n.getParticipant().getId()) && n.readableBy(caller)).toList();
    }

    /**
     * What search holds of the case's current notes, for the system refreshing the index; in a
     * transaction of its own, since it is read after another has completed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SearchableNote> searchableOf(long participantId) {
        access.requireSystem("read notes for the search index");
        Participant participant = registry.caseOf(participantId);
        return em.createNamedQuery(CaseNote.CURRENT_OF_CASE, CaseNote.class).setParameter("participant", participant)
                .getResultStream().map(SearchableNote::of).toList();
    }

    /**
     * The next current notes of the system caller's agency after {@code afterId} (a version id), in
     * id order: what a rebuild of the search index reads, page by page.
     */
    public List<SearchableNote> searchableAfter(long afterId, int max) {
        Caller caller = access.requireSystem("read notes for the search index");
        return em.createQuery(SEARCHABLE + "and n.id > :after order by n.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultStream()
                .map(row -> searchable(row, caller)).toList();
    }

    /**
     * What changed for the search index in the system caller's agency since {@code since}: the current
     * notes written (or corrected) since or of a case changed since (its names are in them), and the
     * notes withdrawn since. What another node of a cluster committed, for this node's index.
     */
    public NoteChanges changedSince(Instant since) {
        Caller caller = access.requireSystem("read notes for the search index");
        List<SearchableNote> current = em.createQuery(SEARCHABLE + "and (n.writtenAt >= :since or p.updatedAt >= "
                        + ":since) order by n.id", Object[].class).setParameter("since", since).getResultStream()
                .map(row -> searchable(row, caller)).toList();
        List<Long> withdrawn = em.createQuery("select n.noteId from CaseNote n where n.withdrawnAt >= :since",
                Long.class).setParameter("since", since).getResultList();
        return new NoteChanges(current, withdrawn);
    }

    private static SearchableNote searchable(Object[] row, Caller caller) {
        return new SearchableNote((Long) row[0], (Long) row[1], caller.agencyId(), (Long) row[2], (String) row[3],
                row[4] == null ? null : ((Pathway) row[4]).name(), ((Sensitivity) row[5]).name(), (String) row[6],
                (Instant) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                (String) row[12]);
    }

    /**
     * De-identification of a case (Retention): the text of every version of every note removed, each
     * note withdrawn (no longer shown, found or counted), and the search index told to drop them once
     * the transaction commits. The notes' dates, pathways and authors stay.
     *
     * @return how many notes were withdrawn
     */
    public int removeAllOf(long participantId, Instant now) {
        access.requireSystem("remove a case's notes");
        List<Long> noteIds = em.createQuery("select n.noteId from CaseNote n where n.participant.id = :participant "
                + "and n.currentVersion = :current", Long.class).setParameter("participant", participantId)
                .setParameter("current", true).getResultList();
        // every version, and the reasons given for earlier corrections and withdrawals (they may name the person)
        em.createNativeQuery("update case_note set body = ?, correction_reason = null, withdrawal_reason = "
                        + "case when withdrawal_reason is null then null else ? end, version = version + 1 "
                        + "where participant_id = ?").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, REMOVED).setParameter(2, REMOVED).setParameter(3, participantId).executeUpdate();
        // native: EclipseLink writes a boolean as 0 or 1 in a bulk update, which H2 2 refuses
        em.createNativeQuery("update case_note set current_version = false, withdrawn_by = 'system', withdrawn_at = ?, "
                        + "withdrawal_reason = ? where participant_id = ? and current_version = true")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, REMOVED).setParameter(3, participantId).executeUpdate();
        noteIds.forEach(noteId -> withdrawn.fire(new NoteWithdrawn(noteId)));
        return noteIds.size();
    }

    /** How many current notes the system caller's agency holds: what its part of the search index should hold. */
    public long countCurrent() {
        access.requireSystem("read notes for the search index");
        return em.createQuery("select count(n) from CaseNote n where n.currentVersion = true", Long.class)
                .getSingleResult();
    }

    private static boolean byMentor(Caller caller) {
        return !caller.isSystem() && !caller.hasAny(AccessPolicy.CASE_EDITORS);
    }

    /** The note version, if its case is reachable and the caller may read it; otherwise "not found". */
    private CaseNote readable(Caller caller, long noteVersionId) {
        CaseNote note = em.find(CaseNote.class, noteVersionId);
        if (note == null) {
            throw new NotFoundException("case note " + noteVersionId);
        }
        registry.caseOf(note.getParticipant().getId());
        if (!note.readableBy(caller)) {
            throw new NotFoundException("case note " + noteVersionId);
        }
        return note;
    }
}
