package org.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.util.List;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.reports.ParticipantListReport;
import org.gatehouse.reports.ReportFormat;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads, changes (field by field), exports and refusals all land in the agency's audit trail. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(AuditTrailIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ParticipantListReport report;

    @Inject
    private AuditTrail audit;

    @Test
    void recordsReadsChangesExportsAndDenials() {
        TestAgency agency = TestData.newAgency(agencies, "AUD");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Participant created = runAs(coordinator, () -> registry.register(TestData.participant("A-1", "Amy", "Abbott")));
        Participant opened = runAs(coordinator, () -> registry.participant(created.getId()));
        ParticipantDetails d = opened.details();
        runAs(coordinator, () -> registry.revise(created.getId(), opened.getVersion(), new ParticipantDetails(
                d.externalRef(), d.justiceId(), d.givenName(), d.familyName(), d.dateOfBirth(), d.gender(),
                d.indigenousStatus(), d.region(), "HMP Riverside", d.program(), d.referralDate(),
                d.expectedReleaseDate(), d.actualReleaseDate(), d.vulnerabilities(), d.exitDate(), d.exitType())));
        runAs(coordinator, () -> report.render(ReportFormat.PDF));
        Caller mentor = agency.as(Role.MENTOR);
        assertThatThrownBy(() -> runAs(mentor, () -> registry.register(TestData.participant("A-2", "Ben", "B"))))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEvent> trail = runAs(agency.as(Role.AGENCY_ADMIN),
                () -> audit.trail(null, null, null, null, null, null, 0, 50));

        assertThat(trail).extracting(AuditEvent::getKind).contains(AuditKind.CREATE, AuditKind.READ, AuditKind.UPDATE,
                AuditKind.EXPORT, AuditKind.ACCESS_DENIED);
        assertThat(trail).filteredOn(e -> e.getKind() == AuditKind.UPDATE).singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail()).isEqualTo("prison: HMP Northgate -> HMP Riverside");
                    assertThat(e.getRecordId()).isEqualTo(created.getId().toString());
                    assertThat(e.getActor()).isEqualTo(coordinator.username());
                });
        assertThat(trail).filteredOn(e -> e.getKind() == AuditKind.ACCESS_DENIED).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(mentor.username()));
        List<AuditEvent> reads = runAs(agency.as(Role.AGENCY_ADMIN),
                () -> audit.trail(AuditKind.READ, null, "Participant", created.getId().toString(), null, null, 0, 50));
        assertThat(reads).hasSize(1);
    }

    @Test
    void onlyTheAgencysAdministratorReadsItsTrail() {
        TestAgency agency = TestData.newAgency(agencies, "AUD");
        for (Role role : new Role[] {Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR}) {
            assertThatThrownBy(() -> runAs(agency.as(role),
                    () -> audit.trail(null, null, null, null, null, null, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAgency other = TestData.newAgency(agencies, "AUD");
        runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("A-3", "Cara", "Carter")));
        assertThat(runAs(other.as(Role.AGENCY_ADMIN), () -> audit.trail(null, null, null, null, null, null, 0, 50)))
                .noneMatch(e -> e.getAgencyId() != null && e.getAgencyId() == agency.id());
    }
}
