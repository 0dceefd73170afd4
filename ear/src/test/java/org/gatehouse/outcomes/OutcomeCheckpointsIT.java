package org.gatehouse.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gatehouse.Deployments;
import org.gatehouse.Triangles;
import org.gatehouse.Triangles.Triangle;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.outcomes.OutcomeCheckpoints.Checkpoint;
import org.gatehouse.plans.CasePlan;
import org.gatehouse.plans.CasePlans;
import org.gatehouse.plans.GoalDetails;
import org.gatehouse.plans.GoalOwner;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.security.Caller;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Outcome checkpoints and plan reviews on the real server, with due dates from the milestone engine. */
@ExtendWith(ArquillianExtension.class)
class OutcomeCheckpointsIT {

    private static final CheckpointAnswers HOUSED = new CheckpointAnswers(Accommodation.SUPPORTED,
            Occupation.SEEKING, Treatment.ENGAGED, Answer.YES, Answer.YES, Answer.NO, Answer.YES);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(OutcomeCheckpointsIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private OutcomeCheckpoints checkpoints;

    @Inject
    private CasePlans plans;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Worklists worklists;

    @Inject
    private Clock clock;

    private Triangle triangle;
    private Caller caseWorker;
    private LocalDate today;

    @BeforeEach
    void aTriangle() {
        triangle = triangles.create("OUT");
        caseWorker = triangle.caseWorker();
        today = LocalDate.now(clock);
    }

    private Participant releasedDaysAgo(String ref, int days) {
        return runAs(triangle.coordinator(), () -> registry.register(new ParticipantDetails(ref, "A1234BC", "Kim",
                "Released" + days, LocalDate.of(1988, 2, 3), Gender.M, IndigenousStatus.NEITHER, "NORTH",
                "HMP Northgate", "REINT", today.minusDays(days + 60), today.minusDays(days), today.minusDays(days),
                Set.of(Vulnerability.NFA), null, null)));
    }

    @Test
    void aLateReleaseCheckpointIsOnTheWorklistUntilRecordedAndTheNextOpensOnItsDay() {
        Participant released = releasedDaysAgo("OUT-10", 10);
        assertThat(runAs(caseWorker, () -> checkpoints.ofCase(released.getId())))
                .extracting(c -> c.milestone().milestone().code(), c -> c.milestone().state())
                .containsExactly(tuple("OUTCOMES_RELEASE", MilestoneState.LATE),
                        tuple("OUTCOMES_1M", MilestoneState.UPCOMING),
                        tuple("OUTCOMES_3M", MilestoneState.UPCOMING),
                        tuple("OUTCOMES_6M", MilestoneState.UPCOMING),
                        tuple("OUTCOMES_12M", MilestoneState.UPCOMING));
        assertThat(runAs(triangle.coordinator(), () -> worklists.mine()).overdue())
                .filteredOn(w -> w.participantId() == released.getId()).singleElement()
                .satisfies(w -> assertThat(w.outstanding()).anyMatch(o -> o.name().startsWith("Outcomes at release")));

        assertThatThrownBy(() -> runAs(caseWorker, () -> checkpoints.record(released.getId(),
                new CheckpointAnswers(null, null, null, null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations()).hasSize(7));
        OutcomeCheckpoint atRelease = runAs(caseWorker, () -> checkpoints.record(released.getId(), HOUSED));
        assertThat(atRelease.getCheckpointCode()).isEqualTo("OUTCOMES_RELEASE");
        assertThat(atRelease.getDueOn()).isEqualTo(today.minusDays(10));

        Checkpoint first = runAs(caseWorker, () -> checkpoints.ofCase(released.getId())).get(0);
        assertThat(first.milestone().state()).isEqualTo(MilestoneState.DONE);
        assertThat(first.recorded().getAccommodation()).isEqualTo(Accommodation.SUPPORTED);
        assertThat(runAs(triangle.coordinator(), () -> worklists.mine()).overdue())
                .filteredOn(w -> w.participantId() == released.getId()).singleElement()
                .satisfies(w -> assertThat(w.outstanding()).noneMatch(o -> o.name().startsWith("Outcomes at release")));

        assertThatThrownBy(() -> runAs(caseWorker, () -> checkpoints.record(released.getId(), HOUSED)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the next, Outcomes at 1 month, opens on " + today.plusDays(13));

        // only the checkpoint service leaves that trace: it cannot be logged by hand
        assertThatThrownBy(() -> runAs(caseWorker, () -> engagements.record(released.getId(),
                new EngagementDetails(ActivityKind.OUTCOME_CHECKPOINT, today, null, null, Attendance.ATTENDED, null,
                        Set.of())))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recorded by its own record");
    }

    @Test
    void theOneMonthCheckpointIsRecordedAndCorrected() {
        Participant released = releasedDaysAgo("OUT-25", 25);
        assertThat(runAs(caseWorker, () -> checkpoints.ofCase(released.getId())))
                .filteredOn(Checkpoint::isOpen).extracting(c -> c.milestone().milestone().code())
                .containsExactly("OUTCOMES_1M");
        OutcomeCheckpoint month = runAs(caseWorker, () -> checkpoints.record(released.getId(), HOUSED));
        assertThat(month.getCheckpointCode()).isEqualTo("OUTCOMES_1M");

        CheckpointAnswers working = new CheckpointAnswers(Accommodation.SETTLED, Occupation.EMPLOYED_PART_TIME,
                Treatment.ENGAGED, Answer.YES, Answer.NO, Answer.YES, Answer.YES);
        OutcomeCheckpoint corrected = runAs(caseWorker, () -> checkpoints.correct(month.getId(), month.getVersion(),
                working));
        assertThat(corrected.answers()).isEqualTo(working);
        assertThatThrownBy(() -> runAs(caseWorker, () -> checkpoints.correct(month.getId(), month.getVersion(),
                HOUSED))).isInstanceOf(StaleRecordException.class);
        assertThat(runAs(caseWorker, () -> schedules.of(released.getId())).milestone("OUTCOMES_1M").state())
                .isEqualTo(MilestoneState.DONE);
    }

    @Test
    void twoWorkersRecordingTheSameCheckpointAtOnceGetOneRecordAndAClearRefusal() throws Exception {
        Participant released = releasedDaysAgo("OUT-TWICE", 10);
        Caller coordinator = triangle.coordinator();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Caller who : List.of(caseWorker, coordinator)) {
                outcomes.add(two.submit(() -> {
                    start.await();
                    try {
                        runAs(who, () -> checkpoints.record(released.getId(), HOUSED));
                        return "recorded";
                    } catch (InvalidInputException refused) {
                        return refused.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("recorded");
            assertThat(results).anyMatch(r -> r.contains("the next, Outcomes at 1 month"));
        } finally {
            two.shutdownNow();
        }
        assertThat(runAs(caseWorker, () -> checkpoints.ofCase(released.getId())))
                .filteredOn(c -> c.recorded() != null).hasSize(1);
    }

    @Test
    void aReviewOfTheApprovedPlanFillsThePlanReviewSlot() {
        Participant released = releasedDaysAgo("OUT-PLAN", 10);
        long id = released.getId();
        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.review(id, 0))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing to review");
        runAs(caseWorker, () -> plans.addGoal(id, new GoalDetails(Pathway.ACCOMMODATION, "A tenancy of her own",
                GoalOwner.CASE_WORKER, today.plusDays(60), today.plusDays(30))));
        CasePlan draft = runAs(caseWorker, () -> plans.planOf(id)).plan();
        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.review(id, draft.getVersion())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approve it before");
        CasePlan approved = runAs(caseWorker, () -> plans.approve(id, draft.getVersion()));
        assertThat(runAs(caseWorker, () -> schedules.of(id)).slots("PLAN_REVIEW").get(0).state())
                .isEqualTo(MilestoneState.DUE);

        CasePlan reviewed = runAs(caseWorker, () -> plans.review(id, approved.getVersion()));
        assertThat(reviewed.getReviewedOn()).isEqualTo(today);
        assertThat(reviewed.getReviewedBy()).isEqualTo(caseWorker.username());
        assertThat(runAs(caseWorker, () -> schedules.of(id)).slots("PLAN_REVIEW").get(0).state())
                .isEqualTo(MilestoneState.DONE);
        assertThatThrownBy(() -> runAs(caseWorker, () -> plans.review(id, approved.getVersion())))
                .isInstanceOf(StaleRecordException.class);
    }
}
