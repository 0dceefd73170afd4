package org.gatehouse.transfer;

import jakarta.persistence.Column;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;

/**
 * A case handed over from one agency to another for longer-term support. It carries the details
 * the person consented to share (a copy: the receiving agency never reads the sender's records);
 * once accepted, the receiving agency enrols its own case and the sender's case ends as transferred.
 * Both agencies may read it; not an agency-owned (multitenant) record, so the services check which
 * side the caller is on.
 */
@Entity
@Table(name = "case_transfer")
@NamedQuery(name = CaseTransfer.INCOMING, query = "select t from CaseTransfer t where t.toAgency.id = :agency "
        + "and t.status = :status order by t.proposedOn, t.id")
@NamedQuery(name = CaseTransfer.OUTGOING, query = "select t from CaseTransfer t where t.fromAgency.id = :agency "
        + "order by t.proposedOn desc, t.id desc")
@NamedQuery(name = CaseTransfer.OF_CASE, query = "select t from CaseTransfer t where t.fromAgency.id = :agency "
        + "and t.participantId = :participant order by t.proposedOn desc, t.id desc")
@NamedQuery(name = CaseTransfer.RECEIVED_AS, query = "select t from CaseTransfer t where t.toAgency.id = :agency "
        + "and t.receivedParticipantId = :participant")
@NamedQuery(name = CaseTransfer.AWAITING_HAND_OVER, query = "select t from CaseTransfer t where "
        + "t.fromAgency.id = :agency and t.status = org.gatehouse.transfer.TransferStatus.ACCEPTED "
        + "and t.handedOverAt is null")
public class CaseTransfer {

    public static final String INCOMING = "CaseTransfer.incoming";
    public static final String OUTGOING = "CaseTransfer.outgoing";
    public static final String OF_CASE = "CaseTransfer.ofCase";
    public static final String RECEIVED_AS = "CaseTransfer.receivedAs";
    public static final String AWAITING_HAND_OVER = "CaseTransfer.awaitingHandOver";

    @Id
    @SequenceGenerator(name = "case_transfer_seq", sequenceName = "case_transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transfer_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_agency_id", nullable = false, updatable = false)
    private Agency fromAgency;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_agency_id", nullable = false, updatable = false)
    private Agency toAgency;

    /** The sending agency's case (no relation: the receiver may not load it). */
    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransferStatus status;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "received_participant_id")
    private Long receivedParticipantId;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "external_ref", nullable = false, length = 64)
    private String externalRef;

    @Column(name = "justice_id", nullable = false, length = 32)
    private String justiceId;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "indigenous_status", length = 32)
    private IndigenousStatus indigenousStatus;

    @Column(nullable = false, length = 100)
    private String prison;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(name = "expected_release_date", nullable = false)
    private LocalDate expectedReleaseDate;

    @Column(name = "actual_release_date")
    private LocalDate actualReleaseDate;

    @Column(nullable = false, length = 400)
    private String vulnerabilities;

    protected CaseTransfer() {
    }

    /** Proposes handing the open case over to another agency. */
    public CaseTransfer(Participant from, Agency to, String reason, String by, LocalDate today) {
        String why = Checks.requiredText(reason, "reason", 500,
                "say why the case is handed over (up to 500 characters)");
        if (!from.isOpen()) {
            throw new InvalidInputException(null, "the case has ended; only an open case can be transferred");
        }
        if (to.getId().equals(from.getAgency().getId())) {
            throw new InvalidInputException("to_agency", "choose another agency");
        }
        this.fromAgency = from.getAgency();
        this.toAgency = to;
        this.participantId = from.getId();
        this.status = TransferStatus.PROPOSED;
        this.reason = why;
        this.proposedOn = today;
        this.proposedBy = Objects.requireNonNull(by, "by");
        this.externalRef = from.getExternalRef();
        this.justiceId = from.getJusticeId();
        this.givenName = from.getGivenName();
        this.familyName = from.getFamilyName();
        this.dateOfBirth = from.getDateOfBirth();
        this.gender = from.getGender();
        this.indigenousStatus = from.getIndigenousStatus();
        this.prison = from.getPrison();
        this.referralDate = from.getReferralDate();
        this.expectedReleaseDate = from.getExpectedReleaseDate();
        this.actualReleaseDate = from.getActualReleaseDate();
        this.vulnerabilities = from.getVulnerabilities().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(";"));
    }

    /**
     * The shared details as the receiving agency enrols them, in its own region and program, under
     * its own reference (generated from the transfer when none is given; the sender's stays theirs).
     */
    public ParticipantDetails detailsFor(String externalRef, String region, String program) {
        String reference = Texts.strippedOrNull(externalRef);
        return new ParticipantDetails(reference != null ? reference : toAgency.getCode() + "-T" + id, justiceId, givenName,
                familyName, dateOfBirth, gender, indigenousStatus, region, prison, program, referralDate,
                expectedReleaseDate, actualReleaseDate, vulnerabilitySet(), null, null);
    }

    private Set<Vulnerability> vulnerabilitySet() {
        return vulnerabilities.isEmpty() ? Set.of() : Arrays.stream(vulnerabilities.split(";"))
                .map(Vulnerability::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
    }

    public void accept(Participant received, String by, LocalDate today) {
        decide(TransferStatus.ACCEPTED, by, today, null);
        receivedParticipantId = Objects.requireNonNull(received.getId(), "received");
    }

    public void decline(String note, String by, LocalDate today) {
        String why = Checks.requiredText(note, "decision_note", 500,
                "say why the transfer is declined (up to 500 characters)");
        decide(TransferStatus.DECLINED, by, today, why);
    }

    /** Withdrawn by the sender, or because what allowed it (an open case, consent) is gone: {@code note} says why. */
    public void withdraw(String by, LocalDate today, String note) {
        decide(TransferStatus.WITHDRAWN, by, today, note);
    }

    private void decide(TransferStatus outcome, String by, LocalDate today, String note) {
        if (status != TransferStatus.PROPOSED) {
            throw new InvalidInputException(null, "this transfer was already decided (" + status.getLabel() + ")");
        }
        status = outcome;
        decidedBy = by;
        decidedOn = today;
        decisionNote = note;
    }

    /** The sending agency's case has been closed as transferred. */
    public void handedOver(Instant at) {
        if (status != TransferStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted transfer is handed over");
        }
        handedOverAt = at;
    }

    public boolean involves(Long agencyId) {
        return fromAgency.getId().equals(agencyId) || toAgency.getId().equals(agencyId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Agency getFromAgency() {
        return fromAgency;
    }

    public Agency getToAgency() {
        return toAgency;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Long getReceivedParticipantId() {
        return receivedParticipantId;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getJusticeId() {
        return justiceId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public LocalDate getActualReleaseDate() {
        return actualReleaseDate;
    }
}
