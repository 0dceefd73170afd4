package org.gatehouse.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.worklist.Outstanding;
import org.gatehouse.worklist.WorkItem;
import org.gatehouse.worklist.Worklist;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The milestone engine over real cases: engagements, moved releases, returns to custody, exits, worklists. */
@ExtendWith(ArquillianExtension.class)
class CaseProgressIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(CaseProgressIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private EngagementLog engagements;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Worklists worklists;

    private static ParticipantDetails details(String ref, String program, LocalDate referral, LocalDate expected,
                                              LocalDate actual) {
        return new ParticipantDetails(ref, "C1234DE", "Kira", "Progress-" + ref, LocalDate.of(1992, 7, 14), Gender.F,
                IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", program, referral, expected, actual,
                Set.of(Vulnerability.NFA), null, null);
    }

    @Test
    void aReleaseSoonListsWhatIsMissingUntilItIsDone() {
        Caller worker = TestData.newAgency(agencies, "PRG").as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(details("P-1", "TTG", TODAY.minusDays(30),
                TODAY.plusDays(10), null)));

        WorkItem soon = only(runAs(worker, () -> worklists.mine()).releasesSoon(), p);
        assertThat(soon.date()).isEqualTo(TODAY.plusDays(10));
        assertThat(soon.outstanding()).contains(Outstanding.milestone("Meeting in prison about 2 weeks before release"),
                Outstanding.milestone("Case plan for release agreed"),
                Outstanding.milestone("Met at the gate on release day"));

        runAs(worker, () -> engagements.record(p.getId(), ActivityKind.PRE_RELEASE_VISIT, TODAY));
        runAs(worker, () -> engagements.recordTrace(p.getId(), ActivityKind.CASE_PLAN_AGREED, TODAY.minusDays(1)));
        CaseSchedule schedule = runAs(worker, () -> schedules.of(p.getId()));
        assertThat(schedule.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(MilestoneState.DONE);
        assertThat(schedule.milestone("CASE_PLAN").state()).isEqualTo(MilestoneState.DONE);
        assertThat(only(runAs(worker, () -> worklists.mine()).releasesSoon(), p).outstanding())
                .containsExactly(Outstanding.milestone("Met at the gate on release day"),
                        Outstanding.milestone("Escorted to the first appointments"));

        assertThatThrownBy(() -> runAs(worker, () -> engagements.record(p.getId(), ActivityKind.GATE_MEETING,
                TODAY.plusDays(1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMovedReleaseDateReplansTheCase() {
        Caller worker = TestData.newAgency(agencies, "PRG").as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(details("P-2", "TTG", TODAY.minusDays(30),
                TODAY.plusDays(40), null)));
        assertThat(runAs(worker, () -> schedules.of(p.getId())).milestone("GATE_MEETING").due())
                .isEqualTo(TODAY.plusDays(40));
        assertThat(runAs(worker, () -> worklists.mine()).releasesSoon()).isEmpty();

        Participant moved = runAs(worker, () -> registry.revise(p.getId(), p.getVersion(), details("P-2", "TTG",
                TODAY.minusDays(30), TODAY.plusDays(5), null)));
        CaseSchedule early = runAs(worker, () -> schedules.of(moved.getId()));
        assertThat(early.milestone("GATE_MEETING").due()).isEqualTo(TODAY.plusDays(5));
        assertThat(early.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(MilestoneState.LATE);
        Worklist worklist = runAs(worker, () -> worklists.mine());
        assertThat(worklist.releasesSoon()).extracting(WorkItem::participantId).containsExactly(p.getId());
        assertThat(only(worklist.overdue(), p).outstanding()).anyMatch(o -> o.kind() == Outstanding.Kind.MILESTONE_DUE
                && o.name().startsWith("Meeting in prison"));
    }

    @Test
    void aReturnToCustodyReopensTheCaseInPreReleaseKeepingItsHistory() {
        Caller worker = TestData.newAgency(agencies, "PRG").as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(details("P-3", "REINT", TODAY.minusDays(120),
                TODAY.minusDays(40), TODAY.minusDays(40))));
        assertThatThrownBy(() -> runAs(worker, () -> registry.returnToCustody(p.getId(), p.getVersion(),
                TODAY.minusDays(50), CustodyReturnKind.RECALL, TODAY.plusDays(90))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("release");
        runAs(worker, () -> engagements.record(p.getId(), ActivityKind.TRIANGLE_MEETING, TODAY.minusDays(30)));
        assertThat(runAs(worker, () -> schedules.of(p.getId())).phase()).isEqualTo(Phase.ONGOING);

        Participant back = runAs(worker, () -> registry.returnToCustody(p.getId(), p.getVersion(),
                TODAY.minusDays(3), CustodyReturnKind.RECALL, TODAY.plusDays(90)));

        assertThat(back.getActualReleaseDate()).isNull();
        assertThat(back.getExpectedReleaseDate()).isEqualTo(TODAY.plusDays(90));
        assertThat(back.planStart()).isEqualTo(TODAY.minusDays(3));
        assertThat(back.getCustodyReturns()).singleElement().satisfies(r -> {
            assertThat(r.getEndedRelease()).isEqualTo(TODAY.minusDays(40));
            assertThat(r.getKind()).isEqualTo(CustodyReturnKind.RECALL);
        });
        CaseSchedule paused = runAs(worker, () -> schedules.of(p.getId()));
        assertThat(paused.phase()).isEqualTo(Phase.PRE_RELEASE);
        assertThat(paused.release()).isEqualTo(TODAY.plusDays(90));
        // the earlier release's meeting stays on record but completes nothing of the new plan
        assertThat(runAs(worker, () -> engagements.ofCase(p.getId()))).hasSize(1);
        assertThat(paused.slots("TRIANGLE")).noneMatch(s -> s.state() == MilestoneState.DONE);
        assertThat(paused.milestone("MENTOR_INTRODUCED").state()).isIn(MilestoneState.DUE, MilestoneState.UPCOMING);
        // the release that ended cannot come back by an edit or a re-import
        assertThatThrownBy(() -> runAs(worker, () -> registry.revise(p.getId(), back.getVersion(),
                details("P-3", "REINT", TODAY.minusDays(120), TODAY.minusDays(40), TODAY.minusDays(40)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("return to custody");
    }

    @Test
    void anExitEndsTheCaseWithAGroupedReason() {
        Caller worker = TestData.newAgency(agencies, "PRG").as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(details("P-4", "REINT", TODAY.minusDays(100),
                TODAY.minusDays(60), TODAY.minusDays(60))));
        assertThatThrownBy(() -> runAs(worker, () -> registry.exit(p.getId(), p.getVersion(), TODAY.plusDays(1),
                ExitReason.NOT_ENGAGED))).isInstanceOf(InvalidInputException.class);

        Participant ended = runAs(worker, () -> registry.exit(p.getId(), p.getVersion(), TODAY.minusDays(1),
                ExitReason.NOT_ENGAGED));
        assertThat(ended.getExitType()).isEqualTo(ExitType.UNPLANNED);
        assertThat(ended.getExitReason()).isEqualTo(ExitReason.NOT_ENGAGED);
        CaseSchedule schedule = runAs(worker, () -> schedules.of(p.getId()));
        assertThat(schedule.phase()).isEqualTo(Phase.EXITED);
        assertThat(schedule.slots("TRIANGLE")).allMatch(s -> !s.from().isAfter(TODAY.minusDays(1)));
        assertThat(runAs(worker, () -> registry.openCases())).extracting(Participant::getId).doesNotContain(p.getId());
        assertThatThrownBy(() -> runAs(worker, () -> registry.exit(p.getId(), ended.getVersion(), TODAY,
                ExitReason.COMPLETED))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        // an edit (or a re-import) cannot re-open it
        assertThatThrownBy(() -> runAs(worker, () -> registry.revise(p.getId(), ended.getVersion(),
                details("P-4", "REINT", TODAY.minusDays(100), TODAY.minusDays(60), TODAY.minusDays(60)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be changed");
    }

    @Test
    void anIntensiveCaseWithoutACallTodayIsListedUntilTheCallIsLogged() {
        Caller worker = TestData.newAgency(agencies, "PRG").as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(details("P-5", "INTENSIVE", TODAY.minusDays(60),
                TODAY.minusDays(5), TODAY.minusDays(5))));
        assertThat(runAs(worker, () -> worklists.mine()).noCallToday()).extracting(WorkItem::participantId)
                .containsExactly(p.getId());
        runAs(worker, () -> engagements.record(p.getId(), ActivityKind.PHONE_CALL, TODAY));
        assertThat(runAs(worker, () -> worklists.mine()).noCallToday()).isEmpty();
        assertThat(runAs(worker, () -> schedules.of(p.getId())).compliance("DAILY_CALL")).isEqualTo(1 / 5.0);
        // a mentor sees no case until matched
        Caller mentor = new Caller(-5L, "m", worker.agencyId(), worker.agencyCode(), Set.of(Role.MENTOR));
        assertThat(runAs(mentor, () -> worklists.mine()).noCallToday()).isEmpty();
    }

    private static WorkItem only(java.util.List<WorkItem> items, Participant p) {
        assertThat(items).extracting(WorkItem::participantId).containsExactly(p.getId());
        return items.get(0);
    }
}
