package org.gatehouse.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
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
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case notes on the real server: versions, sensitivity, the mentor's notes and their sign-off. */
@ExtendWith(ArquillianExtension.class)
class CaseNotesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(CaseNotesIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Triangles triangles;

    @Inject
    private CaseNotes notes;

    @Inject
    private Worklists worklists;

    private TestAgency agency;
    private Caller coordinator;
    private Caller caseWorker;
    private Caller mentor;
    private Participant mentee;

    @BeforeEach
    void aTriangle() {
        Triangles.Triangle triangle = triangles.create("NOT");
        agency = triangle.agency();
        coordinator = triangle.coordinator();
        caseWorker = triangle.caseWorker();
        mentor = triangle.mentor();
        mentee = triangle.mentee();
    }

    @Test
    void aCorrectedNoteKeepsEveryVersionAndAMentorsNoteIsSignedOff() {
        CaseNote first = runAs(mentor, () -> notes.write(mentee.getId(), "Met at the gate; no bed tonight.",
                Pathway.ACCOMMODATION, Sensitivity.NORMAL));
        assertThat(runAs(caseWorker, () -> worklists.mine()).mentorNotes()).extracting(CaseNote::getId)
                .containsExactly(first.getId());
        assertThat(runAs(agency.as(Role.CASE_WORKER), () -> worklists.mine()).mentorNotes()).isEmpty();

        assertThatThrownBy(() -> runAs(mentor, () -> notes.correct(first.getId(), first.getVersion(), "x",
                Pathway.ACCOMMODATION, Sensitivity.NORMAL, ""))).isInstanceOf(InvalidInputException.class);
        CaseNote second = runAs(mentor, () -> notes.correct(first.getId(), first.getVersion(),
                "Met at the gate; bed found at the shelter by 5 pm.", Pathway.ACCOMMODATION, Sensitivity.NORMAL,
                "bed found later"));
        assertThatThrownBy(() -> runAs(mentor, () -> notes.correct(first.getId(), first.getVersion(), "again",
                null, Sensitivity.NORMAL, "again"))).isInstanceOf(StaleRecordException.class);
        assertThat(runAs(caseWorker, () -> notes.ofCase(mentee.getId()))).singleElement()
                .satisfies(n -> assertThat(n.getVersionNo()).isEqualTo(2));
        assertThat(runAs(caseWorker, () -> notes.versions(second.getId()))).extracting(CaseNote::getBody)
                .containsExactly("Met at the gate; bed found at the shelter by 5 pm.",
                        "Met at the gate; no bed tonight.");

        // the mentor cannot sign off; the case worker signs off the current version
        assertThatThrownBy(() -> runAs(mentor, () -> notes.signOff(second.getId(), second.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        runAs(caseWorker, () -> notes.signOff(second.getId(), second.getVersion()));
        assertThat(runAs(caseWorker, () -> worklists.mine()).mentorNotes()).isEmpty();
        // a mentor corrects only their own notes
        CaseNote staffNote = runAs(caseWorker, () -> notes.write(mentee.getId(), "Housing referral made.",
                Pathway.ACCOMMODATION, Sensitivity.NORMAL));
        assertThatThrownBy(() -> runAs(mentor, () -> notes.correct(staffNote.getId(), staffNote.getVersion(), "x",
                null, Sensitivity.NORMAL, "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNoteWrittenInErrorIsWithdrawnWithItsReasonByCaseStaffOnly() {
        CaseNote wrong = runAs(mentor, () -> notes.write(mentee.getId(), "Met Sam at the hostel.", null,
                Sensitivity.NORMAL));
        CaseNote kept = runAs(caseWorker, () -> notes.write(mentee.getId(), "Called the housing officer.", null,
                Sensitivity.NORMAL));
        assertThatThrownBy(() -> runAs(mentor, () -> notes.withdraw(wrong.getId(), wrong.getVersion(), "wrong case")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(caseWorker, () -> notes.withdraw(wrong.getId(), wrong.getVersion(), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrawal_reason");
        assertThatThrownBy(() -> runAs(caseWorker, () -> notes.withdraw(wrong.getId(), wrong.getVersion() + 1,
                "wrong case"))).isInstanceOf(StaleRecordException.class);

        runAs(caseWorker, () -> notes.withdraw(wrong.getId(), wrong.getVersion(), "written on the wrong case"));
        assertThat(runAs(caseWorker, () -> notes.ofCase(mentee.getId()))).extracting(CaseNote::getId)
                .containsExactly(kept.getId());
        assertThat(runAs(caseWorker, () -> worklists.mine()).mentorNotes()).as("no sign-off of a withdrawn note")
                .isEmpty();
        assertThat(runAs(caseWorker, () -> notes.versions(wrong.getId()))).singleElement().satisfies(n -> {
            assertThat(n.getWithdrawnBy()).isEqualTo(caseWorker.username());
            assertThat(n.getWithdrawalReason()).isEqualTo("written on the wrong case");
            assertThat(n.isCurrentVersion()).isFalse();
        });
        CaseNote withdrawn = runAs(caseWorker, () -> notes.versions(wrong.getId())).get(0);
        assertThatThrownBy(() -> runAs(coordinator, () -> notes.withdraw(wrong.getId(), withdrawn.getVersion(),
                "again"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("was withdrawn");
        assertThatThrownBy(() -> runAs(coordinator, () -> notes.correct(wrong.getId(), withdrawn.getVersion(),
                "x", null, Sensitivity.NORMAL, "x"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sensitiveAndRestrictedNotesReachOnlyTheirReaders() {
        CaseNote clinical = runAs(caseWorker, () -> notes.write(mentee.getId(), "Prescribed methadone.",
                Pathway.DRUGS_ALCOHOL, Sensitivity.SENSITIVE_CLINICAL));
        CaseNote restricted = runAs(coordinator, () -> notes.write(mentee.getId(), "Safeguarding disclosure.", null,
                Sensitivity.RESTRICTED));
        assertThat(runAs(mentor, () -> notes.ofCase(mentee.getId()))).isEmpty();
        assertThatThrownBy(() -> runAs(mentor, () -> notes.versions(clinical.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(caseWorker, () -> notes.ofCase(mentee.getId()))).extracting(CaseNote::getId)
                .containsExactly(clinical.getId());
        assertThat(runAs(coordinator, () -> notes.ofCase(mentee.getId()))).extracting(CaseNote::getId)
                .containsExactlyInAnyOrder(clinical.getId(), restricted.getId());
        TestAgency other = TestData.newAgency(agencies, "NOT");
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> notes.ofCase(mentee.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(other.as(Role.COORDINATOR), () -> notes.versions(restricted.getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
