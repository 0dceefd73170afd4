package org.gatehouse.matching;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/** A declared conflict of interest: this mentor is never proposed for this participant. Kept, never deleted. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "match_conflict")
@NamedQuery(name = MatchConflict.OF_CASE,
        query = "select c from MatchConflict c where c.participant = :participant order by c.recordedAt, c.id")
public class MatchConflict {

    public static final String OF_CASE = "MatchConflict.ofCase";

    @Id
    @SequenceGenerator(name = "match_conflict_seq", sequenceName = "match_conflict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_conflict_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Mentor mentor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ConflictKind kind;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected MatchConflict() {
    }

    /** "Other" needs a note saying what the conflict is. */
    public MatchConflict(Participant participant, Mentor mentor, ConflictKind kind, String note, String recordedBy,
                         Instant now) {
        String text = Texts.strippedOrNull(note);
        List<Violation> violations = new ArrayList<>();
        Checks.required(violations, "kind", kind);
        Checks.limit(violations, "note", text, 500);
        if (kind == ConflictKind.OTHER && text == null) {
            violations.add(new Violation("note", "say what the conflict is"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.participant = Objects.requireNonNull(participant);
        this.mentor = Objects.requireNonNull(mentor);
        this.kind = kind;
        this.note = text;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Mentor getMentor() {
        return mentor;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
