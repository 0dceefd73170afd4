package org.gatehouse.plans;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.TenantBinding;

/** A case's plan: its goals (see {@link PlanGoal}) and the case worker's approval, due before release. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "case_plan")
@NamedQuery(name = CasePlan.OF_CASE, query = "select p from CasePlan p where p.participant = :participant")
public class CasePlan {

    public static final String OF_CASE = "CasePlan.ofCase";

    @Id
    @SequenceGenerator(name = "case_plan_seq", sequenceName = "case_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_plan_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CasePlan() {
    }

    public CasePlan(Participant participant, Instant now) {
        this.participant = Objects.requireNonNull(participant);
        this.createdAt = now;
    }

    /** Approved (again, after changes) by a case worker; a plan without a goal cannot be. */
    public void approve(int goals, String by, LocalDate today) {
        if (goals == 0) {
            throw new InvalidInputException("plan", "has no goal yet: add the goals before approving it");
        }
        approvedBy = by;
        approvedOn = today;
    }

    /** Reviewed with the participant (goals gone through, dates and statuses brought up to date); only an approved plan. */
    public void review(String by, LocalDate today) {
        if (approvedOn == null) {
            throw new InvalidInputException("plan", "is not approved yet: approve it before reviewing it");
        }
        reviewedBy = by;
        reviewedOn = today;
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

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }
}
