package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.RestrictedRecordException;
import org.gatehouse.reports.ParticipantListReport;
import org.gatehouse.reports.ReportFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Restricted cases: the allow-list and the exclusion list hold on every path. */
@ExtendWith(ArquillianExtension.class)
class RestrictedCasesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(RestrictedCasesIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ParticipantListReport report;

    private Caller user(TestAgency agency, String name, Role role) {
        String username = name + "." + agency.code().toLowerCase();
        accounts.create(username, name, null, agencies.agency(agency.code()), Set.of(role), TestData.PASSWORD, false);
        return Callers.of(accounts.find(username).orElseThrow());
    }

    /** The text cells of an XLSX file (its entries are compressed: read them, do not grep the bytes). */
    private static String sharedStrings(byte[] xlsx) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no shared strings in the spreadsheet");
    }

    @Test
    void onlyAllowedUsersReachARestrictedRecordAndExcludedOnesNever() {
        TestAgency agency = TestData.newAgency(agencies, "RST");
        Caller coordinator = user(agency, "coord", Role.COORDINATOR);
        Caller allowed = user(agency, "allowed", Role.CASE_WORKER);
        Caller excluded = user(agency, "excluded", Role.CASE_WORKER);
        Caller bystander = user(agency, "bystander", Role.CASE_WORKER);
        Caller both = user(agency, "both", Role.CASE_WORKER);
        Participant restricted = runAs(coordinator,
                () -> registry.register(TestData.participant("S-1", "Secret", "Person")));
        runAs(coordinator, () -> registry.register(TestData.participant("S-2", "Open", "Person")));

        runAs(coordinator, () -> registry.restrict(restricted.getId(),
                Set.of(coordinator.userId(), allowed.userId(), both.userId()), Set.of(excluded.userId(), both.userId())));

        assertThat(runAs(allowed, () -> registry.participant(restricted.getId())).getGivenName()).isEqualTo("Secret");
        for (Caller denied : new Caller[] {excluded, bystander, both}) {
            assertThatThrownBy(() -> runAs(denied, () -> registry.participant(restricted.getId())))
                    .as(denied.username()).isInstanceOf(RestrictedRecordException.class)
                    .hasMessageNotContaining("Secret");
            assertThat(runAs(denied, () -> registry.count(ParticipantFilter.none()))).isEqualTo(1);
            assertThat(runAs(denied, () -> registry.list(ParticipantFilter.none(), ParticipantSort.FAMILY_NAME, true,
                    0, 10))).extracting(Participant::getExternalRef).containsExactly("S-2");
            String cells = sharedStrings(runAs(denied, () -> report.render(ReportFormat.XLSX)).content());
            assertThat(cells).contains("Person, Open").doesNotContain("Secret");
        }
        assertThat(runAs(allowed, () -> registry.count(ParticipantFilter.none()))).isEqualTo(2);

        // lifting the restriction opens the record again
        runAs(coordinator, () -> registry.restrict(restricted.getId(), Set.of(), Set.of()));
        assertThat(runAs(bystander, () -> registry.participant(restricted.getId()))).isNotNull();
    }

    @Test
    void onlyCoordinatorsAndAdminsSetRestrictionsAndOnlyWithTheirOwnUsers() {
        TestAgency agency = TestData.newAgency(agencies, "RST");
        TestAgency other = TestData.newAgency(agencies, "RST");
        Caller coordinator = user(agency, "coord", Role.COORDINATOR);
        Caller stranger = user(other, "stranger", Role.CASE_WORKER);
        Participant participant = runAs(coordinator,
                () -> registry.register(TestData.participant("S-3", "Some", "One")));

        for (Role role : new Role[] {Role.CASE_WORKER, Role.MENTOR}) {
            assertThatThrownBy(() -> runAs(agency.as(role),
                    () -> registry.restrict(participant.getId(), Set.of(), Set.of(coordinator.userId()))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs(coordinator,
                () -> registry.restrict(participant.getId(), Set.of(stranger.userId()), Set.of())))
                .isInstanceOf(InvalidInputException.class);
        runAs(agency.as(Role.AGENCY_ADMIN), () -> registry.restrict(participant.getId(), Set.of(),
                Set.of(coordinator.userId())));
        assertThatThrownBy(() -> runAs(coordinator, () -> registry.participant(participant.getId())))
                .isInstanceOf(RestrictedRecordException.class);
    }
}
