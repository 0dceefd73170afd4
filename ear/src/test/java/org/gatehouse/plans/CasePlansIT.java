package org.gatehouse.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.Triangles;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case plans on the real server: goals and actions, approval completing the milestone, who may do what. */
@ExtendWith(ArquillianExtension.class)
class CasePlansIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(CasePlansIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Triangles triangles;

    @Inject
    private CasePlans plans;

    @Inject
    private CaseSchedules schedules;

    @Test
    void aPlanIsBuiltUpApprovedAndReadByTheMentor() {
        Triangles.Triangle triangle = triangles.create("PLN");
        Caller caseWorker = triangle.caseWorker();
        Caller mentor = triangle.mentor();
        Participant p = triangle.mentee();

        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.approve(p.getId(), 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no goal yet");
        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.addGoal(p.getId(), new GoalDetails(
                Pathway.ACCOMMODATION, " ", GoalOwner.PARTICIPANT, TODAY.plusDays(10), TODAY.plusDays(20)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("goal", "review_on"));
        PlanGoal goal = runAs(caseWorker, () -> plans.addGoal(p.getId(), new GoalDetails(Pathway.ACCOMMODATION,
                "Secure a tenancy", GoalOwner.PARTICIPANT, TODAY.plusDays(60), TODAY.plusDays(30))));
        PlanGoal withAction = runAs(caseWorker, () -> plans.addAction(goal.getId(), goal.getVersion(),
                "Housing application", GoalOwner.CASE_WORKER, TODAY.plusDays(7)));
        PlanGoal done = runAs(caseWorker, () -> plans.completeAction(goal.getId(), withAction.getVersion(), 0));
        assertThat(done.getActions()).singleElement().satisfies(a -> assertThat(a.isDone()).isTrue());
        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.reviseGoal(goal.getId(), goal.getVersion(),
                goal.details(), GoalStatus.IN_PROGRESS))).isInstanceOf(StaleRecordException.class);
        runAs(caseWorker, () -> plans.reviseGoal(goal.getId(), done.getVersion(), done.details(),
                GoalStatus.IN_PROGRESS));

        // the mentor reads the plan but does not write it
        assertThat(runAs(mentor, () -> plans.planOf(p.getId())).goals()).singleElement()
                .satisfies(g -> assertThat(g.getStatus()).isEqualTo(GoalStatus.IN_PROGRESS));
        assertThatThrownBy(() -> runAs(mentor, () -> plans.addGoal(p.getId(), goal.details())))
                .isInstanceOf(AccessDeniedException.class);

        // approval completes the program's case-plan milestone
        assertThat(runAs(caseWorker, () -> schedules.of(p.getId())).milestone("CASE_PLAN").state())
                .isNotEqualTo(MilestoneState.DONE);
        long version = runAs(caseWorker, () -> plans.planOf(p.getId())).plan().getVersion();
        runAs(caseWorker, () -> plans.approve(p.getId(), version));
        assertThat(runAs(caseWorker, () -> plans.planOf(p.getId())).isApproved()).isTrue();
        assertThat(runAs(caseWorker, () -> schedules.of(p.getId())).milestone("CASE_PLAN").state())
                .isEqualTo(MilestoneState.DONE);

        TestAgency other = TestData.newAgency(agencies, "PLN");
        assertThatThrownBy(() -> runAs(other.as(Role.CASE_WORKER), () -> plans.planOf(p.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(other.as(Role.CASE_WORKER), () -> plans.reviseGoal(goal.getId(), 0,
                goal.details(), GoalStatus.DROPPED))).isInstanceOf(NotFoundException.class);
    }
}
