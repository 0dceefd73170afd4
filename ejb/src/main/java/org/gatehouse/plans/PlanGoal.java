package org.gatehouse.plans;

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
import jakarta.persistence.OrderColumn;
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
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/** A goal of a case plan under one resettlement pathway, with its actions. */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "plan_goal")
@NamedQuery(name = PlanGoal.OF_PLAN, query = "select g from PlanGoal g where g.plan = :plan order by g.pathway, g.id")
public class PlanGoal {

    public static final String OF_PLAN = "PlanGoal.ofPlan";

    @Id
    @SequenceGenerator(name = "plan_goal_seq", sequenceName = "plan_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_goal_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private CasePlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Pathway pathway;

    @Column(nullable = false, length = 500)
    private String goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private GoalOwner owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GoalStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanGoal() {
    }

    public PlanGoal(CasePlan plan, GoalDetails details, String by, Instant now) {
        this.plan = Objects.requireNonNull(plan);
        this.status = GoalStatus.OPEN;
        revise(details, GoalStatus.OPEN, by, now);
    }

    public void revise(GoalDetails details, GoalStatus newStatus, String by, Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations());
        Checks.required(violations, "status", newStatus);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        pathway = details.pathway();
        goal = details.goal();
        owner = details.owner();
        dueOn = details.dueOn();
        reviewOn = details.reviewOn();
        status = newStatus;
        updatedBy = by;
        updatedAt = now;
    }

    public void addAction(String text, GoalOwner actionOwner, LocalDate due, String by, Instant now) {
        String stripped = Texts.strippedOrNull(text);
        List<Violation> violations = new ArrayList<>();
        Checks.line(violations, "action", stripped, 500, true);
        Checks.required(violations, "action_owner", actionOwner);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        actions.add(new PlanAction(stripped, actionOwner, due));
        updatedBy = by;
        updatedAt = now;
    }

    public void completeAction(int index, String by, Instant now) {
        if (index < 0 || index >= actions.size()) {
            throw new InvalidInputException("action", "is not one of this goal's actions");
        }
        actions.get(index).complete();
        updatedBy = by;
        updatedAt = now;
    }

    public GoalDetails details() {
        return new GoalDetails(pathway, goal, owner, dueOn, reviewOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CasePlan getPlan() {
        return plan;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public String getGoal() {
        return goal;
    }

    public GoalOwner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public List<PlanAction> getActions() {
        return List.copyOf(actions);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
