package org.gatehouse.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Courses, sessions and attendance: a mentor completes the required training. */
@ExtendWith(ArquillianExtension.class)
class MentorTrainingIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(MentorTrainingIT.class, MentorRegistryIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MentorTraining training;

    @Test
    void aMentorCompletesTheRequiredCourseAtASession() {
        TestAgency agency = TestData.newAgency(agencies, "TRN");
        Caller coordinator = agency.as(Role.COORDINATOR);
        runAs(agency.as(Role.AGENCY_ADMIN), () -> training.addCourse("INDUCTION", "Induction", true));
        runAs(coordinator, () -> training.addCourse("TRAUMA", "Trauma-informed practice", false));
        assertThatThrownBy(() -> runAs(coordinator, () -> training.addCourse("INDUCTION", "Again", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        Mentor mia = runAs(coordinator, () -> mentors.register(MentorRegistryIT.details("Trainee", null)));
        Mentor ned = runAs(coordinator, () -> mentors.register(MentorRegistryIT.details("Absent", null)));
        assertThat(runAs(coordinator, () -> training.trainingOf(mia.getId())).requiredMissing())
                .containsExactly("Induction");

        assertThatThrownBy(() -> runAs(coordinator, () -> training.schedule(SessionKind.TRAINING, null, TODAY, "Hall")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("course");
        MentorSession upcoming = runAs(coordinator, () -> training.schedule(SessionKind.TRAINING, "INDUCTION",
                TODAY.plusDays(7), "Office"));
        assertThatThrownBy(() -> runAs(coordinator, () -> training.recordAttendance(upcoming.getId(),
                Map.of(mia.getId(), true), Set.of(mia.getId())))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("after it");

        MentorSession held = runAs(coordinator, () -> training.schedule(SessionKind.TRAINING, "INDUCTION",
                TODAY.minusDays(1), "Office"));
        runAs(coordinator, () -> training.recordAttendance(held.getId(), Map.of(mia.getId(), true, ned.getId(), false),
                Set.of(mia.getId(), ned.getId())));
        TrainingStatus trained = runAs(coordinator, () -> training.trainingOf(mia.getId()));
        assertThat(trained.completed()).containsExactly("Induction");
        assertThat(trained.readyToMatch()).isTrue();
        // absent: cannot have completed it
        assertThat(runAs(coordinator, () -> training.trainingOf(ned.getId())).readyToMatch()).isFalse();
        assertThat(runAs(coordinator, () -> training.sessions())).extracting(MentorSession::getId)
                .contains(held.getId(), upcoming.getId());
    }

    @Test
    void caseWorkersRecordSupervisionButNotTrainingAndAgenciesStayApart() {
        TestAgency agency = TestData.newAgency(agencies, "TRN");
        TestAgency other = TestData.newAgency(agencies, "TRN");
        Caller worker = agency.as(Role.CASE_WORKER);
        Mentor mia = runAs(agency.as(Role.COORDINATOR), () -> mentors.register(MentorRegistryIT.details("Sup", null)));
        MentorSession supervision = runAs(worker, () -> training.schedule(SessionKind.SUPERVISION, null, TODAY,
                null));
        runAs(worker, () -> training.recordAttendance(supervision.getId(), Map.of(mia.getId(), true), Set.of()));
        assertThatThrownBy(() -> runAs(worker, () -> training.schedule(SessionKind.DEBRIEF, null, TODAY, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(worker, () -> training.recordAttendance(supervision.getId(),
                Map.of(mia.getId(), true), Set.of(mia.getId())))).isInstanceOf(InvalidInputException.class);

        Mentor theirs = runAs(other.as(Role.COORDINATOR), () -> mentors.register(MentorRegistryIT.details("Theirs",
                null)));
        assertThatThrownBy(() -> runAs(worker, () -> training.recordAttendance(supervision.getId(),
                Map.of(theirs.getId(), true), Set.of()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> training.session(supervision.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(other.as(Role.COORDINATOR), () -> training.sessions())).isEmpty();
    }
}
