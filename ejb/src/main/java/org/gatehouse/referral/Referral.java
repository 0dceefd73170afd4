package org.gatehouse.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/**
 * A person referred to the agency, from receipt through intake (region and eligibility
 * vulnerabilities) to one decision: accepted (a case is enrolled), declined with a reason, or
 * referred onward. Once decided it does not change.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "referral")
@NamedQuery(name = Referral.WITH_STATUS,
        query = "select r from Referral r where r.status = :status order by r.expectedReleaseDate, r.id")
@NamedQuery(name = Referral.AWAITING_IN_REGION, query = "select r from Referral r where r.status = "
        + "org.gatehouse.referral.ReferralStatus.RECEIVED and (r.region is null or r.region = :region) "
        + "order by r.expectedReleaseDate, r.id")
@NamedQuery(name = Referral.ALL, query = "select r from Referral r order by r.receivedOn desc, r.id desc")
@NamedQuery(name = Referral.BY_ORIGIN, query = "select r from Referral r where r.originReferralId = :origin")
public class Referral {

    public static final String WITH_STATUS = "Referral.withStatus";
    public static final String ALL = "Referral.all";
    public static final String AWAITING_IN_REGION = "Referral.awaitingInRegion";
    public static final String BY_ORIGIN = "Referral.byOrigin";

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    /** Null until intake when another agency referred the person on. */
    @ManyToOne
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReferralSource source;

    @Column(nullable = false, length = 200)
    private String referrer;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "justice_id", length = 32)
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

    @Column(nullable = false, length = 100)
    private String prison;

    @Column(name = "expected_release_date", nullable = false)
    private LocalDate expectedReleaseDate;

    /** Days from receipt to the expected release (a service level; negative: referred after release). */
    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReferralStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_vulnerability", joinColumns = @JoinColumn(name = "referral_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "vulnerability", nullable = false, length = 32)
    private Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

    @Column(name = "intake_on")
    private LocalDate intakeOn;

    @Column(name = "intake_by", length = 100)
    private String intakeBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 32)
    private DeclineReason declineReason;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "onward_to", length = 200)
    private String onwardTo;

    @ManyToOne
    @JoinColumn(name = "onward_agency_id")
    private Agency onwardAgency;

    @Column(name = "origin_referral_id")
    private Long originReferralId;

    @ManyToOne
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Referral() {
    }

    /** A referral as received; the region must be the agency's own. */
    public static Referral receive(Agency agency, Region region, ReferralDetails details, LocalDate today,
                                   Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations(today));
        if (details.region() != null && (region == null || !region.getAgency().getId().equals(agency.getId()))) {
            violations.add(new Violation("region", "'" + details.region() + "' is not a region of this agency"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Referral referral = new Referral(agency, details.source(), details.referrer(), details.receivedOn(),
                details.justiceId(), details.givenName(), details.familyName(), details.dateOfBirth(),
                details.gender(), details.prison(), details.expectedReleaseDate(), now);
        referral.region = region;
        return referral;
    }

    /** The copy another agency's onward referral delivers here; its region is chosen at intake. */
    public static Referral referredOnFrom(Agency agency, Referral origin, String fromAgencyName, LocalDate today,
                                          Instant now) {
        Referral referral = new Referral(agency, ReferralSource.AGENCY, "Referred on by " + fromAgencyName, today,
                origin.justiceId, origin.givenName, origin.familyName, origin.dateOfBirth, origin.gender,
                origin.prison, origin.expectedReleaseDate, now);
        referral.originReferralId = origin.id;
        return referral;
    }

    private Referral(Agency agency, ReferralSource source, String referrer, LocalDate receivedOn, String justiceId,
                     String givenName, String familyName, LocalDate dateOfBirth, Gender gender, String prison,
                     LocalDate expectedReleaseDate, Instant now) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.source = source;
        this.referrer = referrer;
        this.receivedOn = receivedOn;
        this.justiceId = justiceId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.prison = prison;
        this.expectedReleaseDate = expectedReleaseDate;
        this.leadTimeDays = (int) ChronoUnit.DAYS.between(receivedOn, expectedReleaseDate);
        this.status = ReferralStatus.RECEIVED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The coordinator's intake: the region the person will live in and the eligibility
     * vulnerabilities. May be repeated while the referral awaits a decision.
     */
    public void intake(Region region, Set<Vulnerability> found, String by, LocalDate today, Instant now) {
        requireUndecided();
        if (region == null || !region.getAgency().getId().equals(agency.getId())) {
            throw new InvalidInputException("region", "choose a region of this agency");
        }
        this.region = region;
        vulnerabilities.clear();
        vulnerabilities.addAll(found);
        intakeOn = today;
        intakeBy = by;
        updatedAt = now;
    }

    /** Accepted: the case is enrolled. Only after an intake that found the person eligible. */
    public void accept(Participant enrolled, String by, LocalDate today, Instant now) {
        requireAcceptable();
        participant = Objects.requireNonNull(enrolled, "enrolled");
        decide(ReferralStatus.ACCEPTED, by, today, null, now);
    }

    /** Refuses unless the referral awaits a decision and its intake found the person eligible. */
    public void requireAcceptable() {
        requireUndecided();
        if (intakeOn == null) {
            throw new InvalidInputException(null, "complete the intake before accepting the referral");
        }
        if (vulnerabilities.isEmpty()) {
            throw new InvalidInputException("vulnerabilities",
                    "no eligibility vulnerability was found at intake: decline the referral as not eligible, "
                            + "or correct the intake");
        }
    }

    public void decline(DeclineReason reason, String note, String by, LocalDate today, Instant now) {
        requireUndecided();
        String trimmed = Texts.strippedOrNull(note);
        if (reason == null) {
            throw new InvalidInputException("decline_reason", "is required");
        }
        if (reason == DeclineReason.OTHER && trimmed == null) {
            throw new InvalidInputException("decision_note", "say why, when the reason is 'other'");
        }
        declineReason = reason;
        decide(ReferralStatus.DECLINED, by, today, trimmed, now);
    }

    /** Referred onward to another Gatehouse agency ({@code toAgency}) or to a partner named in {@code to}. */
    public void referOnward(String to, Agency toAgency, String note, String by, LocalDate today, Instant now) {
        requireUndecided();
        String destination = toAgency != null ? toAgency.getName() : Texts.strippedOrNull(to);
        if (destination == null || destination.length() > 200) {
            throw new InvalidInputException("onward_to", "name the agency or partner (up to 200 characters)");
        }
        if (toAgency != null && toAgency.getId().equals(agency.getId())) {
            throw new InvalidInputException("onward_to", "a referral cannot be referred on to its own agency");
        }
        onwardTo = destination;
        onwardAgency = toAgency;
        decide(ReferralStatus.REFERRED_ON, by, today, Texts.strippedOrNull(note), now);
    }

    private void decide(ReferralStatus outcome, String by, LocalDate today, String note, Instant now) {
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("decision_note", "is longer than 500 characters");
        }
        status = outcome;
        decidedOn = today;
        decidedBy = by;
        decisionNote = note;
        updatedAt = now;
    }

    public void requireUndecided() {
        if (status != ReferralStatus.RECEIVED) {
            throw new InvalidInputException(null, "this referral was already decided (" + status.getLabel() + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Agency getAgency() {
        return agency;
    }

    public Region getRegion() {
        return region;
    }

    public ReferralSource getSource() {
        return source;
    }

    public String getReferrer() {
        return referrer;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
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

    public String getPrison() {
        return prison;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Set<Vulnerability> getVulnerabilities() {
        return Set.copyOf(vulnerabilities);
    }

    public LocalDate getIntakeOn() {
        return intakeOn;
    }

    public String getIntakeBy() {
        return intakeBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getOnwardTo() {
        return onwardTo;
    }

    public Agency getOnwardAgency() {
        return onwardAgency;
    }

    public Long getOriginReferralId() {
        return originReferralId;
    }

    public Participant getParticipant() {
        return participant;
    }

    public boolean isAwaitingDecision() {
        return status == ReferralStatus.RECEIVED;
    }
}
