package org.gatehouse.notes;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.Caller;
import org.gatehouse.security.TenantBinding;

/**
 * One version of a case note. A note is never overwritten: a correction is a new version (with its
 * reason) and the earlier one stays, no longer current. A mentor's note waits for sign-off.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "case_note")
@NamedQuery(name = CaseNote.CURRENT_OF_CASE, query = "select n from CaseNote n where n.participant = :participant "
        + "and n.currentVersion = true order by n.writtenAt desc, n.id desc")
@NamedQuery(name = CaseNote.VERSIONS, query = "select n from CaseNote n where n.noteId = :noteId "
        + "order by n.versionNo desc")
@NamedQuery(name = CaseNote.AWAITING_SIGN_OFF, query = "select n from CaseNote n where n.currentVersion = true "
        + "and n.needsSignOff = true and n.signedOffBy is null order by n.writtenAt, n.id")
public class CaseNote {

    public static final String CURRENT_OF_CASE = "CaseNote.currentOfCase";
    public static final String VERSIONS = "CaseNote.versions";
    public static final String AWAITING_SIGN_OFF = "CaseNote.awaitingSignOff";
    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    /** The first version's id: every version of one note shares it. */
    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "current_version", nullable = false)
    private boolean currentVersion;

    @Column(nullable = false, length = MAX_LENGTH, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(length = 24, updatable = false)
    private Pathway pathway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Sensitivity sensitivity;

    @Column(name = "written_by", nullable = false, length = 100, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "correction_reason", length = 500, updatable = false)
    private String correctionReason;

    @Column(name = "needs_sign_off", nullable = false, updatable = false)
    private boolean needsSignOff;

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    protected CaseNote() {
    }

    /**
     * A new note; {@link #belongsTo} must be called with its own id once it has one (the first
     * version names its note). {@code byMentor}: it waits for the case worker's sign-off.
     */
    public static CaseNote write(Participant participant, String body, Pathway pathway, Sensitivity sensitivity,
                                 boolean byMentor, String by, Instant now) {
        CaseNote note = new CaseNote();
        note.fill(participant, body, pathway, sensitivity, null, false, by, now);
        note.versionNo = 1;
        note.needsSignOff = byMentor;
        return note;
    }

    /** Ties the first version to itself as its note. */
    public void belongsTo(long firstVersionId) {
        noteId = firstVersionId;
    }

    /**
     * The correction: a new current version of the same note; this one is kept as it was. A
     * mentor's correction waits for sign-off again.
     */
    public CaseNote correct(String newBody, Pathway newPathway, Sensitivity newSensitivity, String reason,
                            boolean byMentor, String by, Instant now) {
        if (!currentVersion) {
            throw new InvalidInputException("note", "has been corrected since: correct the current version");
        }
        CaseNote next = new CaseNote();
        next.fill(participant, newBody, newPathway, newSensitivity, reason, true, by, now);
        next.noteId = noteId;
        next.versionNo = versionNo + 1;
        next.needsSignOff = byMentor;
        currentVersion = false;
        return next;
    }

    private void fill(Participant of, String text, Pathway filedUnder, Sensitivity readers, String reason,
                      boolean correction, String by, Instant now) {
        String stripped = Texts.strippedOrNull(text);
        String why = Texts.strippedOrNull(reason);
        List<Violation> violations = new ArrayList<>();
        if (stripped == null) {
            violations.add(new Violation("body", "is required"));
        }
        Checks.limit(violations, "body", stripped, MAX_LENGTH);
        Checks.required(violations, "sensitivity", readers);
        if (correction && why == null) {
            violations.add(new Violation("correction_reason", "say why the note is corrected"));
        }
        Checks.limit(violations, "correction_reason", why, 500);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        participant = Objects.requireNonNull(of);
        body = stripped;
        pathway = filedUnder;
        sensitivity = readers;
        correctionReason = why;
        currentVersion = true;
        writtenBy = by;
        writtenAt = now;
    }

    /**
     * Withdraws a note written in error (the wrong case, the wrong person): no version of it is
     * current any more, so it leaves the case and search; this version keeps who withdrew it and why.
     */
    public void withdraw(String reason, String by, Instant now) {
        if (!currentVersion) {
            throw new InvalidInputException("note", withdrawnBy != null ? "was withdrawn by " + withdrawnBy
                    : "has been corrected since: withdraw the current version");
        }
        String why = Texts.strippedOrNull(reason);
        List<Violation> violations = new ArrayList<>();
        if (why == null) {
            violations.add(new Violation("withdrawal_reason", "say why the note is withdrawn"));
        }
        Checks.limit(violations, "withdrawal_reason", why, 500);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        currentVersion = false;
        withdrawnBy = by;
        withdrawnAt = now;
        withdrawalReason = why;
    }

    /** The author always reads their note; others as its sensitivity allows. */
    public boolean readableBy(Caller caller) {
        return writtenBy.equals(caller.username()) || sensitivity.readableBy(caller);
    }

    public void signOff(String by, Instant now) {
        if (!needsSignOff || !currentVersion) {
            throw new InvalidInputException("note", needsSignOff ? "has been corrected since: sign off the "
                    + "current version" : "needs no sign-off");
        }
        if (signedOffBy != null) {
            throw new InvalidInputException("note", "was signed off by " + signedOffBy);
        }
        signedOffBy = by;
        signedOffAt = now;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public boolean isAwaitingSignOff() {
        return needsSignOff && signedOffBy == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Participant getParticipant() {
        return participant;
    }

    public long getNoteId() {
        return noteId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isCurrentVersion() {
        return currentVersion;
    }

    public String getBody() {
        return body;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }
}
