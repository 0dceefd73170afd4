package org.gatehouse.partners;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/**
 * An onward referral of a participant to a partner service: what for, when, where it stands and,
 * once closed, its outcome. Moves only along {@link ServiceReferralStatus#next()}.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "service_referral")
@NamedQuery(name = ServiceReferral.OF_CASE, query = "select r from ServiceReferral r where r.participant = :participant "
        + "order by r.referredOn desc, r.id desc")
public class ServiceReferral {

    public static final String OF_CASE = "ServiceReferral.ofCase";

    @Id
    @SequenceGenerator(name = "service_referral_seq", sequenceName = "service_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_referral_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_service_id", nullable = false, updatable = false)
    private PartnerService service;

    /** The partner's name as the person's consent to share named it when the referral was made. */
    @Column(name = "shared_with", nullable = false, length = 200, updatable = false)
    private String sharedWith;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", nullable = false, length = 100, updatable = false)
    private String referredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceReferralStatus status;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Column(length = 500)
    private String outcome;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServiceReferral() {
    }

    /** Refused for a service withdrawn from the directory, without a reason, or on a day outside the case. */
    public ServiceReferral(Participant participant, PartnerService service, String reason, LocalDate on, String by,
                           LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!service.isActive()) {
            violations.add(new Violation("service", "is no longer in the directory"));
        }
        String why = Texts.strippedOrNull(reason);
        if (why == null || why.length() > 500) {
            violations.add(new Violation("reason", "say what the referral is for (up to 500 characters)"));
        }
        if (on == null || on.isAfter(today) || on.isBefore(participant.getReferralDate())) {
            violations.add(new Violation("referred_on", "must be between the case's referral date ("
                    + participant.getReferralDate() + ") and today"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.participant = Objects.requireNonNull(participant, "participant");
        this.service = service;
        this.sharedWith = service.getName();
        this.reason = why;
        this.referredOn = on;
        this.referredBy = by;
        this.status = ServiceReferralStatus.REFERRED;
        this.statusOn = on;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The next step, on a day from the last one to today; a closing step needs its outcome. */
    public void move(ServiceReferralStatus next, String outcome, LocalDate on, String by, LocalDate today,
                     Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (next == null || !status.next().contains(next)) {
            violations.add(new Violation("status", status.closes() ? "the referral is closed ("
                    + status.getLabel() + ")" : "can go from " + status.getLabel() + " only to "
                    + status.next().stream().map(ServiceReferralStatus::getLabel).toList()));
        }
        if (on == null || on.isAfter(today) || on.isBefore(statusOn)) {
            violations.add(new Violation("status_on", "must be between " + statusOn + " and today"));
        }
        String said = Texts.strippedOrNull(outcome);
        if (next != null && next.closes() && said == null) {
            violations.add(new Violation("outcome", "say how it ended"));
        }
        if (said != null && said.length() > 500) {
            violations.add(new Violation("outcome", "is longer than 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.status = next;
        this.statusOn = on;
        if (said != null) {
            this.outcome = said;
        }
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public boolean isOpen() {
        return !status.closes();
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

    public PartnerService getService() {
        return service;
    }

    public String getSharedWith() {
        return sharedWith;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public ServiceReferralStatus getStatus() {
        return status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
