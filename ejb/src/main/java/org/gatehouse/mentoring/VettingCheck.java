package org.gatehouse.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.TenantBinding;

/** One completed vetting check of a mentor: when, and until when it holds (none: it does not expire). */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "vetting_check")
@NamedQuery(name = VettingCheck.OF_MENTOR,
        query = "select c from VettingCheck c where c.mentor = :mentor order by c.completedOn desc, c.id desc")
@NamedQuery(name = VettingCheck.OF_MENTORS, query = "select c from VettingCheck c where c.mentor.status in :statuses")
public class VettingCheck {

    public static final String OF_MENTOR = "VettingCheck.ofMentor";
    public static final String OF_MENTORS = "VettingCheck.ofMentors";

    @Id
    @SequenceGenerator(name = "vetting_check_seq", sequenceName = "vetting_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vetting_check_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Mentor mentor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "check_type_id", nullable = false, updatable = false)
    private CheckType type;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected VettingCheck() {
    }

    public VettingCheck(Mentor mentor, CheckType type, LocalDate completedOn, LocalDate expiresOn, String recordedBy,
                        LocalDate today, Instant now) {
        if (type == null || !type.getAgency().getId().equals(mentor.getAgency().getId())) {
            throw new InvalidInputException("check_type", "choose a check of this agency");
        }
        if (completedOn == null || completedOn.isAfter(today)) {
            throw new InvalidInputException("completed_on", "is required and cannot be in the future");
        }
        if (expiresOn != null && !expiresOn.isAfter(completedOn)) {
            throw new InvalidInputException("expires_on", "must be after the day the check was completed");
        }
        this.mentor = mentor;
        this.type = type;
        this.completedOn = completedOn;
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public boolean holdsOn(LocalDate day) {
        return !completedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
    }

    public Long getId() {
        return id;
    }

    public Mentor getMentor() {
        return mentor;
    }

    public CheckType getType() {
        return type;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
