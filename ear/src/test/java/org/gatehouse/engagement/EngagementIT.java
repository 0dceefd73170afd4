package org.gatehouse.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.Triangles;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Engagements in full on the real server: a mentor's log, its sign-off, and what counts for milestones. */
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(EngagementIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Triangles triangles;

    @Inject
    private EngagementLog log;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Worklists worklists;

    private TestAgency agency;
    private Caller coordinator;
    private Caller caseWorker;
    private Caller mentor;
    private Participant mentee;
    private Participant other;

    /** A mentor signed in with one mentee, supervised by a case worker with an account. */
    @BeforeEach
    void aTriangle() {
        Triangles.Triangle triangle = triangles.create("ENG");
        agency = triangle.agency();
        coordinator = triangle.coordinator();
        caseWorker = triangle.caseWorker();
        mentor = triangle.mentor();
        mentee = triangle.mentee();
        other = triangles.another(triangle, "ENG-2");
    }

    @Test
    void aMentorLogsForTheirMenteeAndTheSupervisingCaseWorkerSignsItOff() {
        EngagementDetails call = new EngagementDetails(ActivityKind.PHONE_CALL, TODAY, LocalTime.of(18, 5), 10,
                Attendance.ATTENDED, Punctuality.ON_TIME, Set.of(Attendee.PARTICIPANT, Attendee.MENTOR));
        Engagement logged = runAs(mentor, () -> log.record(mentee.getId(), call));
        assertThat(logged.isAwaitingSignOff()).isTrue();
        assertThat(logged.getDurationMinutes()).isEqualTo(10);
        // not the mentor's mentee: as if it did not exist
        assertThatThrownBy(() -> runAs(mentor, () -> log.record(other.getId(), call)))
                .isInstanceOf(NotFoundException.class);
        // staff records need no sign-off
        assertThat(runAs(caseWorker, () -> log.record(mentee.getId(), call)).isAwaitingSignOff()).isFalse();

        assertThat(runAs(caseWorker, () -> worklists.mine()).mentorLogs()).extracting(Engagement::getId)
                .containsExactly(logged.getId());
        assertThat(runAs(coordinator, () -> worklists.mine()).mentorLogs()).extracting(Engagement::getId)
                .containsExactly(logged.getId());
        // a case worker who does not supervise this match is not asked
        assertThat(runAs(agency.as(Role.CASE_WORKER), () -> worklists.mine()).mentorLogs()).isEmpty();

        assertThatThrownBy(() -> runAs(mentor, () -> log.signOff(logged.getId(), logged.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(caseWorker, () -> log.signOff(logged.getId(), logged.getVersion() + 1)))
                .isInstanceOf(StaleRecordException.class);
        Engagement signed = runAs(caseWorker, () -> log.signOff(logged.getId(), logged.getVersion()));
        assertThat(signed.getSignedOffBy()).isEqualTo(caseWorker.username());
        assertThat(runAs(caseWorker, () -> worklists.mine()).mentorLogs()).isEmpty();
        // another agency's staff cannot reach it
        TestAgency elsewhere = TestData.newAgency(agencies, "ENG");
        assertThatThrownBy(() -> runAs(elsewhere.as(Role.CASE_WORKER), () -> log.signOff(logged.getId(), 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyWhatHappenedCompletesAMilestoneAndBadDetailsAreRefused() {
        EngagementDetails missed = new EngagementDetails(ActivityKind.PRE_RELEASE_VISIT, TODAY, null, 45,
                Attendance.DID_NOT_ATTEND, null, Set.of(Attendee.MENTOR));
        runAs(mentor, () -> log.record(mentee.getId(), missed));
        assertThat(runAs(caseWorker, () -> schedules.of(mentee.getId())).milestone("MENTOR_INTRODUCED").state())
                .isNotEqualTo(MilestoneState.DONE);
        runAs(mentor, () -> log.record(mentee.getId(), EngagementDetails.attended(ActivityKind.PRE_RELEASE_VISIT,
                TODAY)));
        assertThat(runAs(caseWorker, () -> schedules.of(mentee.getId())).milestone("MENTOR_INTRODUCED").state())
                .isEqualTo(MilestoneState.DONE);

        assertThatThrownBy(() -> runAs(mentor, () -> log.record(mentee.getId(), new EngagementDetails(
                ActivityKind.PHONE_CALL, TODAY, null, 0, Attendance.CANCELLED, Punctuality.LATE, Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("duration_minutes", "punctuality"));
        assertThat(runAs(caseWorker, () -> log.ofCase(mentee.getId()))).hasSize(2);
    }
}
