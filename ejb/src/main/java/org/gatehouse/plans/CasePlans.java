package org.gatehouse.plans;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Case plans: case workers and coordinators keep the goals and actions and approve the plan (which
 * completes the program's case-plan milestone); the case's mentor reads it.
 */
@Stateless
public class CasePlans {

    private static final String RECORD = "PlanGoal";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private EngagementLog engagements;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A case's plan as the case page shows it: the approval (none before the first goal) and the goals. */
    public record Plan(CasePlan plan, List<PlanGoal> goals) {
        public Plan {
            goals = List.copyOf(goals);
        }

        public boolean isApproved() {
            return plan != null && plan.getApprovedOn() != null;
        }
    }

    public Plan planOf(long participantId) {
        access.requireAgencyRole("read a case plan", AccessPolicy.CASE_STAFF);
        Optional<CasePlan> plan = find(registry.caseOf(participantId));
        return new Plan(plan.orElse(null), plan.map(this::goalsOf).orElse(List.of()));
    }

    public PlanGoal addGoal(long participantId, GoalDetails details) {
        Caller caller = access.requireAgencyRole("add a plan goal", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseToChange(participantId);
        CasePlan plan = find(participant).orElseGet(() -> {
            CasePlan created = new CasePlan(participant, Instant.now(clock));
            em.persist(created);
            return created;
        });
        PlanGoal goal = new PlanGoal(plan, details, caller.username(), Instant.now(clock));
        em.persist(goal);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, goal.getId(), "participant " + participantId
                + ", " + details.pathway());
        return goal;
    }

    public PlanGoal reviseGoal(long goalId, long expectedVersion, GoalDetails details, GoalStatus status) {
        Caller caller = access.requireAgencyRole("change a plan goal", AccessPolicy.CASE_EDITORS);
        PlanGoal goal = current(goalId, expectedVersion);
        GoalStatus before = goal.getStatus();
        goal.revise(details, status, caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, goalId, "status: " + before + " -> " + status);
        return goal;
    }

    public PlanGoal addAction(long goalId, long expectedVersion, String text, GoalOwner owner, LocalDate dueOn) {
        Caller caller = access.requireAgencyRole("add a plan action", AccessPolicy.CASE_EDITORS);
        PlanGoal goal = current(goalId, expectedVersion);
        goal.addAction(text, owner, dueOn, caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, goalId, "action added");
        return goal;
    }

    public PlanGoal completeAction(long goalId, long expectedVersion, int index) {
        Caller caller = access.requireAgencyRole("complete a plan action", AccessPolicy.CASE_EDITORS);
        PlanGoal goal = current(goalId, expectedVersion);
        goal.completeAction(index, caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, goalId, "action " + index + " done");
        return goal;
    }

    /** The case worker approves the plan: the program's case-plan milestone is completed today. */
    public CasePlan approve(long participantId, long expectedVersion) {
        Caller caller = access.requireAgencyRole("approve a case plan", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseToChange(participantId);
        CasePlan plan = find(participant).orElseThrow(() -> new InvalidInputException("plan",
                "has no goal yet: add the goals before approving it"));
        if (plan.getVersion() != expectedVersion) {
            throw new StaleRecordException("case plan");
        }
        plan.approve(goalsOf(plan).size(), caller.username(), LocalDate.now(clock));
        em.flush();
        engagements.recordTrace(participantId, ActivityKind.CASE_PLAN_AGREED, LocalDate.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), "CasePlan", plan.getId(), "approved");
        return plan;
    }

    /** The plan was reviewed today: fills the program's plan-review slot (every 13 weeks after release). */
    public CasePlan review(long participantId, long expectedVersion) {
        Caller caller = access.requireAgencyRole("review a case plan", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseToChange(participantId);
        CasePlan plan = find(participant).orElseThrow(() -> new InvalidInputException("plan",
                "has no goal yet: there is nothing to review"));
        if (plan.getVersion() != expectedVersion) {
            throw new StaleRecordException("case plan");
        }
        plan.review(caller.username(), LocalDate.now(clock));
        em.flush();
        engagements.recordTrace(participantId, ActivityKind.PLAN_REVIEWED, LocalDate.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), "CasePlan", plan.getId(), "reviewed");
        return plan;
    }

    private Optional<CasePlan> find(Participant participant) {
        return em.createNamedQuery(CasePlan.OF_CASE, CasePlan.class).setParameter("participant", participant)
                .getResultStream().findFirst();
    }

    private List<PlanGoal> goalsOf(CasePlan plan) {
        return em.createNamedQuery(PlanGoal.OF_PLAN, PlanGoal.class).setParameter("plan", plan).getResultList();
    }

    private PlanGoal current(long goalId, long expectedVersion) {
        PlanGoal goal = em.find(PlanGoal.class, goalId);
        if (goal == null) {
            throw new NotFoundException("plan goal " + goalId);
        }
        registry.caseToChange(goal.getPlan().getParticipant().getId());
        if (goal.getVersion() != expectedVersion) {
            throw new StaleRecordException("plan goal " + goalId);
        }
        return goal;
    }
}
