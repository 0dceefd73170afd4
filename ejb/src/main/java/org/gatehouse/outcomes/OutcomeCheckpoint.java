package org.gatehouse.outcomes;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/**
 * The answers recorded at one outcome checkpoint of a case (the program milestone it completes, by
 * code and due date): what commissioners' outcome figures are made of. Corrected in place, audited.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "outcome_checkpoint")
@NamedQuery(name = OutcomeCheckpoint.OF_CASE, query = "select c from OutcomeCheckpoint c "
        + "where c.participant = :participant order by c.dueOn, c.id")
@NamedQuery(name = OutcomeCheckpoint.OF_CASES, query = "select c from OutcomeCheckpoint c "
        + "where c.participant.id in :ids order by c.id")
public class OutcomeCheckpoint {

    public static final String OF_CASE = "OutcomeCheckpoint.ofCase";
    public static final String OF_CASES = "OutcomeCheckpoint.ofCases";

    @Id
    @SequenceGenerator(name = "outcome_checkpoint_seq", sequenceName = "outcome_checkpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_checkpoint_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "checkpoint_code", nullable = false, length = 32, updatable = false)
    private String checkpointCode;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Accommodation accommodation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Occupation occupation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Treatment treatment;

    @Enumerated(EnumType.STRING)
    @Column(name = "gp_registered", nullable = false, length = 8)
    private Answer gpRegistered;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefits_in_payment", nullable = false, length = 8)
    private Answer benefitsInPayment;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_held", nullable = false, length = 8)
    private Answer idHeld;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_contact", nullable = false, length = 8)
    private Answer familyContact;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutcomeCheckpoint() {
    }

    public OutcomeCheckpoint(Participant participant, String checkpointCode, LocalDate dueOn, CheckpointAnswers answers,
                             String by, LocalDate today, Instant now) {
        this.participant = Objects.requireNonNull(participant, "participant");
        this.checkpointCode = Objects.requireNonNull(checkpointCode, "checkpointCode");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.recordedOn = today;
        answer(answers, by, now);
    }

    /** Corrects the answers (the checkpoint and its day stay). */
    public void correct(CheckpointAnswers answers, String by, Instant now) {
        answer(answers, by, now);
    }

    private void answer(CheckpointAnswers answers, String by, Instant now) {
        List<Violation> violations = answers.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.accommodation = answers.accommodation();
        this.occupation = answers.occupation();
        this.treatment = answers.treatment();
        this.gpRegistered = answers.gpRegistered();
        this.benefitsInPayment = answers.benefitsInPayment();
        this.idHeld = answers.idHeld();
        this.familyContact = answers.familyContact();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /**
     * Whether this is the record of that checkpoint of the case's current plan (recorded since the
     * plan started: a moved release date keeps the record with its checkpoint; a return to custody
     * starts new checkpoints).
     */
    public boolean recordOf(String code, LocalDate planStart) {
        return checkpointCode.equals(code) && !recordedOn.isBefore(planStart);
    }

    public CheckpointAnswers answers() {
        return new CheckpointAnswers(accommodation, occupation, treatment, gpRegistered, benefitsInPayment, idHeld,
                familyContact);
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

    public String getCheckpointCode() {
        return checkpointCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public Accommodation getAccommodation() {
        return accommodation;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public Answer getGpRegistered() {
        return gpRegistered;
    }

    public Answer getBenefitsInPayment() {
        return benefitsInPayment;
    }

    public Answer getIdHeld() {
        return idHeld;
    }

    public Answer getFamilyContact() {
        return familyContact;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
