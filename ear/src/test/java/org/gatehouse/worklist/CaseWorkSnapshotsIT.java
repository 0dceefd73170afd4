package org.gatehouse.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agency's case sections shared by its staff (the tests' server works them out at every request:
 * these tests give them an age), each reader's restricted records left out.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkSnapshotsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(CaseWorkSnapshotsIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private Worklists worklists;

    @AfterEach
    void everyRequestAgain() {
        System.setProperty(CaseWorkSnapshots.MAX_AGE, "0");
    }

    private static ParticipantDetails releasingSoon(String ref) {
        return new ParticipantDetails(ref, "S1234NP", "Sam", "Snapshot-" + ref, LocalDate.of(1991, 3, 2), Gender.M,
                IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", "TTG", LocalDate.now().minusDays(20),
                LocalDate.now().plusDays(7), null, Set.of(Vulnerability.NFA), null, null);
    }

    @Test
    void anAgencysStaffShareOneSnapshotUntilItsAgeThenItIsWorkedOutAgainBehindThem() throws Exception {
        System.setProperty(CaseWorkSnapshots.MAX_AGE, "2");
        TestAgency agency = TestData.newAgency(agencies, "SNAP");
        Caller worker = agency.as(Role.CASE_WORKER);
        Caller coordinator = agency.as(Role.COORDINATOR);
        Participant first = runAs(worker, () -> registry.register(releasingSoon("S-1")));
        Worklist before = runAs(worker, () -> worklists.mine());
        assertThat(ids(before)).contains(first.getId());

        // a case registered now is not in the snapshot a colleague reads within its age
        Participant second = runAs(worker, () -> registry.register(releasingSoon("S-2")));
        Worklist colleague = runAs(coordinator, () -> worklists.mine());
        assertThat(colleague.casesAsOf()).isEqualTo(before.casesAsOf());
        assertThat(ids(colleague)).contains(first.getId()).doesNotContain(second.getId());

        // past its age it is still answered, and worked out again behind that request
        Thread.sleep(2_200);
        assertThat(runAs(worker, () -> worklists.mine()).casesAsOf()).isEqualTo(before.casesAsOf());
        Worklist renewed = before;
        for (int wait = 0; wait < 100 && renewed.casesAsOf().equals(before.casesAsOf()); wait++) {
            Thread.sleep(100);
            renewed = runAs(worker, () -> worklists.mine());
        }
        assertThat(renewed.casesAsOf()).isAfter(before.casesAsOf());
        assertThat(ids(renewed)).contains(first.getId(), second.getId());
    }

    @Test
    void eachReaderMissesTheRestrictedRecordsTheyMayNotReach() {
        System.setProperty(CaseWorkSnapshots.MAX_AGE, "60");
        TestAgency agency = TestData.newAgency(agencies, "SNAP");
        Caller excluded = agency.account(accounts, agencies, Role.CASE_WORKER);
        Caller coordinator = agency.account(accounts, agencies, Role.COORDINATOR);
        Participant open = runAs(coordinator, () -> registry.register(releasingSoon("R-1")));
        Participant restricted = runAs(coordinator, () -> registry.register(releasingSoon("R-2")));
        runAs(coordinator, () -> registry.restrict(restricted.getId(), Set.of(), Set.of(excluded.userId())));

        Worklist theirs = runAs(excluded, () -> worklists.mine());
        Worklist coordinators = runAs(coordinator, () -> worklists.mine());

        assertThat(coordinators.casesAsOf()).isEqualTo(theirs.casesAsOf());
        assertThat(ids(coordinators)).contains(open.getId(), restricted.getId());
        assertThat(ids(theirs)).contains(open.getId()).doesNotContain(restricted.getId());
        assertThat(theirs.releasesSoon()).extracting(WorkItem::name).doesNotContain("Sam Snapshot-R-2");
    }

    private static List<Long> ids(Worklist worklist) {
        return worklist.releasesSoon().stream().map(WorkItem::participantId).toList();
    }
}
