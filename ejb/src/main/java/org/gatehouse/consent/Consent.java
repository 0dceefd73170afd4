package org.gatehouse.consent;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.agency.Agency;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.referral.Referral;
import org.gatehouse.security.TenantBinding;

/**
 * A person's consent, given on a day and perhaps withdrawn later; never deleted, so what was
 * consented to on any day can be shown. Recorded on the referral, and kept with the case it becomes.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "consent")
@NamedQuery(name = Consent.OF_REFERRAL,
        query = "select c from Consent c where c.referral = :referral order by c.givenOn, c.id")
@NamedQuery(name = Consent.OF_CASE,
        query = "select c from Consent c where c.participant = :participant order by c.givenOn, c.id")
public class Consent {

    public static final String OF_REFERRAL = "Consent.ofReferral";
    public static final String OF_CASE = "Consent.ofCase";

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    /** Read-only here: the tenant discriminator, written from the bound agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, insertable = false, updatable = false)
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "referral_id", updatable = false)
    private Referral referral;

    @ManyToOne
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsentScope scope;

    @Column(length = 200)
    private String partner;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Consent() {
    }

    /** Sharing needs a named partner; mentoring names none. The day cannot be in the future. */
    public Consent(Referral referral, Participant participant, ConsentScope scope, String partner, LocalDate givenOn,
                   String recordedBy, LocalDate today, Instant now) {
        String named = Texts.strippedOrNull(partner);
        if (scope == null) {
            throw new InvalidInputException("scope", "is required");
        }
        if (scope == ConsentScope.SHARING && (named == null || named.length() > 200)) {
            throw new InvalidInputException("partner", "name the partner the information may be shared with");
        }
        if (givenOn == null || givenOn.isAfter(today)) {
            throw new InvalidInputException("given_on", "is required and cannot be in the future");
        }
        this.referral = referral;
        this.participant = participant;
        this.scope = scope;
        this.partner = scope == ConsentScope.SHARING ? named : null;
        this.givenOn = givenOn;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public void withdraw(LocalDate on, LocalDate today) {
        if (withdrawnOn != null) {
            throw new InvalidInputException("withdrawn_on", "this consent was withdrawn on " + withdrawnOn);
        }
        if (on == null || on.isBefore(givenOn) || on.isAfter(today)) {
            throw new InvalidInputException("withdrawn_on", "must be between " + givenOn + " and today");
        }
        withdrawnOn = on;
    }

    /** The referral became this case: the consent stays with the person. */
    public void carryTo(Participant enrolled) {
        participant = enrolled;
    }

    public boolean isActiveOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    /** Whether this consent lets information go to the named partner on the day. */
    public boolean allowsSharingWith(String name, LocalDate day) {
        return scope == ConsentScope.SHARING && isActiveOn(day) && name != null
                && partner.strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT));
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Referral getReferral() {
        return referral;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public String getPartner() {
        return partner;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
