package org.gatehouse.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.BuiltInTemplates;
import org.junit.jupiter.api.Test;

/** A plan goal's rules: what it needs, its actions, and a plan approved only with goals. */
class PlanGoalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final CasePlan plan = new CasePlan(Participant.register(agency,
            withId(new Region(agency, "NORTH", "North"), 10),
            withId(new Program(agency, "REINT", "Re-integration", BuiltInTemplates.REINTEGRATION), 100),
            new ParticipantDetails("R-1", "A1", "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH",
                    "HMP", "REINT", TODAY.minusDays(30), TODAY.plusDays(10), null, Set.of(), null, null), TODAY, NOW),
            NOW);

    @Test
    void aGoalNeedsItsPathwayTextAndOwnerAndAReviewBeforeItsDueDate() {
        assertThatThrownBy(() -> new PlanGoal(plan, new GoalDetails(null, "  ", null, TODAY, TODAY.plusDays(1)),
                "cw", NOW)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                .extracting(v -> v.field()).containsExactlyInAnyOrder("pathway", "goal", "owner", "review_on"));
        PlanGoal goal = new PlanGoal(plan, new GoalDetails(Pathway.FINANCE, " Open a bank account ",
                GoalOwner.PARTICIPANT, TODAY.plusDays(30), TODAY.plusDays(14)), "cw", NOW);
        assertThat(goal.getGoal()).isEqualTo("Open a bank account");
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.OPEN);
        goal.addAction("Get ID first", GoalOwner.MENTOR, null, "cw", NOW);
        goal.completeAction(0, "cw", NOW);
        assertThat(goal.getActions()).singleElement().satisfies(a -> assertThat(a.isDone()).isTrue());
        assertThatThrownBy(() -> goal.completeAction(1, "cw", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> goal.addAction(" ", null, null, "cw", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("action", "action_owner"));
    }

    @Test
    void aPlanIsApprovedOnlyWithGoals() {
        assertThatThrownBy(() -> plan.approve(0, "cw", TODAY)).hasMessageContaining("no goal yet");
        plan.approve(2, "cw", TODAY);
        assertThat(plan.getApprovedOn()).isEqualTo(TODAY);
    }
}
