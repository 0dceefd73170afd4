package org.gatehouse.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.worklist.Outstanding;
import org.gatehouse.worklist.Worklist;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mentors from application through vetting to active, on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class MentorRegistryIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(MentorRegistryIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private Worklists worklists;

    static MentorDetails details(String familyName, Long formerParticipant) {
        return new MentorDetails("NORTH", "Mia", familyName, null, null, Gender.F, MentorType.VOLUNTEER, "English",
                null, true, 2, Set.of(WeeklySlot.TUE_EVENING), null, formerParticipant);
    }

    private long type(Caller caller, String code) {
        return runAs(caller, () -> mentors.checkTypes()).stream().filter(t -> t.getCode().equals(code)).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void anApplicantIsVettedTrainedAndActivatedAndExpiriesReachTheWorklist() {
        TestAgency agency = TestData.newAgency(agencies, "MEN");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Mentor applied = runAs(coordinator, () -> mentors.register(details("Vetted", null)));
        assertThat(applied.getStatus()).isEqualTo(MentorStatus.APPLICANT);
        assertThat(runAs(coordinator, () -> mentors.vetting(applied.getId())).missing())
                .containsExactlyInAnyOrder("Police check", "Working with vulnerable people check", "References");

        Mentor training = runAs(coordinator, () -> mentors.moveTo(applied.getId(), applied.getVersion(),
                MentorStatus.IN_TRAINING, null));
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.moveTo(applied.getId(), training.getVersion(),
                MentorStatus.ACTIVE, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("vetting is not cleared");
        // in training with checks missing: on the coordinator's worklist
        assertThat(runAs(coordinator, () -> worklists.mine()).mentorVetting())
                .extracting(Worklist.MentorItem::mentorId).containsExactly(applied.getId());

        runAs(coordinator, () -> mentors.recordCheck(applied.getId(), type(coordinator, "POLICE"),
                TODAY.minusYears(2), TODAY.plusDays(20)));
        runAs(coordinator, () -> mentors.recordCheck(applied.getId(), type(coordinator, "WWVP"),
                TODAY.minusYears(1), TODAY.plusYears(4)));
        runAs(coordinator, () -> mentors.recordCheck(applied.getId(), type(coordinator, "REFERENCES"),
                TODAY.minusDays(10), null));
        Mentor active = runAs(coordinator, () -> mentors.moveTo(applied.getId(), training.getVersion(),
                MentorStatus.ACTIVE, null));
        assertThat(active.getStatus()).isEqualTo(MentorStatus.ACTIVE);
        // cleared, but the police check expires within 30 days
        assertThat(runAs(coordinator, () -> worklists.mine()).mentorVetting()).singleElement()
                .satisfies(item -> assertThat(item.outstanding())
                        .containsExactly(Outstanding.checkExpiring("Police check", TODAY.plusDays(20))));
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.moveTo(applied.getId(), training.getVersion(),
                MentorStatus.PAUSED, null))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.recordCheck(applied.getId(),
                type(coordinator, "POLICE"), TODAY.plusDays(1), null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFormerParticipantWhoseCaseEndedCanBecomeAMentorAndTheLinkIsKept() {
        TestAgency agency = TestData.newAgency(agencies, "MEN");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Participant p = runAs(coordinator, () -> participants.register(TestData.participant("M-1", "Ona", "Former")));
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.register(details("Former", p.getId()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has ended");
        Participant ended = runAs(coordinator, () -> participants.exit(p.getId(), p.getVersion(), TODAY,
                ExitReason.COMPLETED));
        // not yet: the agency's waiting time after the case ended (365 days unless it sets another)
        assertThatThrownBy(() -> runAs(coordinator, () -> mentors.register(details("Former", ended.getId()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("may apply to mentor from "
                        + TODAY.plusDays(365));
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        runAs(admin, () -> mentors.changeSettings(mentors.settings().getVersion(), new int[] {30, 20, 15, 15, 10, 5, 10},
                365, 3, 0));
        Mentor mentor = runAs(coordinator, () -> mentors.register(details("Former", ended.getId())));
        assertThat(mentor.getFormerParticipant().getId()).isEqualTo(p.getId());
    }

    @Test
    void mentorsStayWithinTheirAgencyAndRoles() {
        TestAgency agency = TestData.newAgency(agencies, "MEN");
        TestAgency other = TestData.newAgency(agencies, "MEN");
        Mentor mentor = runAs(agency.as(Role.COORDINATOR), () -> mentors.register(details("Private", null)));
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> mentors.mentor(mentor.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(other.as(Role.COORDINATOR), () -> mentors.mentors(null))).isEmpty();
        assertThat(runAs(agency.as(Role.CASE_WORKER), () -> mentors.mentors(null))).hasSize(1);
        assertThatThrownBy(() -> runAs(agency.as(Role.CASE_WORKER), () -> mentors.register(details("X", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(agency.as(Role.MENTOR), () -> mentors.mentors(null)))
                .isInstanceOf(AccessDeniedException.class);
        // a participant of another agency is never linked
        Participant theirs = runAs(other.as(Role.COORDINATOR), () -> participants.register(
                TestData.participant("M-2", "Ted", "Theirs")));
        assertThatThrownBy(() -> runAs(agency.as(Role.COORDINATOR), () -> mentors.register(details("Linked",
                theirs.getId())))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAgencyAddsItsOwnChecks() {
        TestAgency agency = TestData.newAgency(agencies, "MEN");
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        runAs(admin, () -> mentors.addCheckType("DRIVING", "Driving licence", false));
        assertThatThrownBy(() -> runAs(admin, () -> mentors.addCheckType("DRIVING", "Again", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(runAs(agency.as(Role.COORDINATOR), () -> mentors.checkTypes())).extracting(CheckType::getCode)
                .containsExactly("DRIVING", "POLICE", "REFERENCES", "WWVP");
        assertThatThrownBy(() -> runAs(agency.as(Role.COORDINATOR), () -> mentors.addCheckType("X", "X", true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
