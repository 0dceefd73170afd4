package org.gatehouse.engagement;

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
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.TenantBinding;

/** Something that happened on a case on a day: it completes milestones and cadence slots. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "engagement")
@NamedQuery(name = Engagement.OF_CASE,
        query = "select e from Engagement e where e.participant = :participant order by e.happenedOn desc, e.id desc")
@NamedQuery(name = Engagement.OF_CASES,
        query = "select e from Engagement e where e.participant.id in :ids and e.happenedOn >= :from")
public class Engagement {

    public static final String OF_CASE = "Engagement.ofCase";
    public static final String OF_CASES = "Engagement.ofCases";

    @Id
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityKind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Engagement() {
    }

    /** Refused when the day is missing, in the future, or before the case was referred. */
    public Engagement(Participant participant, ActivityKind kind, LocalDate happenedOn, String recordedBy,
                      LocalDate today, Instant now) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        if (happenedOn == null) {
            throw new InvalidInputException("happened_on", "is required");
        }
        if (happenedOn.isAfter(today) || happenedOn.isBefore(participant.getReferralDate())) {
            throw new InvalidInputException("happened_on", "must be between the referral date ("
                    + participant.getReferralDate() + ") and today");
        }
        this.participant = Objects.requireNonNull(participant, "participant");
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = now;
    }

    public Activity activity() {
        return new Activity(kind, happenedOn);
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
