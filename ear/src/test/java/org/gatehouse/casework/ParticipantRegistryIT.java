package org.gatehouse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Violation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant service round-trips through EclipseLink and the real database. */
@ExtendWith(ArquillianExtension.class)
class ParticipantRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ParticipantRegistryIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Test
    void registersReadsAndRevisesAParticipant() {
        String agency = TestData.newAgency(agencies, "REG");
        Participant created = registry.register(agency, TestData.participant("R-1", "Amy", "Abbott"));

        Participant read = registry.participant(agency, created.getId());
        assertThat(read.details()).isEqualTo(TestData.participant("R-1", "Amy", "Abbott"));
        assertThat(read.getVulnerabilities()).containsExactly(Vulnerability.NFA);

        ParticipantDetails moved = new ParticipantDetails("R-1", "A1234BC", "Amy", "Abbott-Reid",
                LocalDate.of(1990, 5, 1), Gender.F, IndigenousStatus.ABORIGINAL, "SOUTH", "HMP Riverside", "TTG",
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), java.util.Set.of(),
                null, null);
        Participant revised = registry.revise(agency, created.getId(), read.getVersion(), moved);
        assertThat(revised.getVersion()).isGreaterThan(read.getVersion());
        assertThat(registry.participant(agency, created.getId()).details()).isEqualTo(moved);

        // a save based on the old version would overwrite someone else's change
        assertThatThrownBy(() -> registry.revise(agency, created.getId(), read.getVersion(), moved))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void anotherAgencysParticipantIsNotFound() {
        String mine = TestData.newAgency(agencies, "REG");
        String theirs = TestData.newAgency(agencies, "REG");
        Participant theirParticipant = registry.register(theirs, TestData.participant("T-1", "Ben", "Barker"));

        assertThatThrownBy(() -> registry.participant(mine, theirParticipant.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(registry.count(mine, ParticipantFilter.none())).isZero();
    }

    @Test
    void refusesInvalidDetailsWithEveryReason() {
        String agency = TestData.newAgency(agencies, "REG");
        ParticipantDetails bad = new ParticipantDetails("R-2", "A1", "", "Carter", LocalDate.of(2015, 1, 1),
                Gender.M, null, "WEST", "HMP Northgate", "REINT", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 3, 1), null, null, null, null);

        assertThatThrownBy(() -> registry.register(agency, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("given_name", "date_of_birth", "region"));
        assertThat(registry.count(agency, ParticipantFilter.none())).isZero();
    }

    @Test
    void refusesASecondParticipantWithTheSameReference() {
        String agency = TestData.newAgency(agencies, "REG");
        registry.register(agency, TestData.participant("R-3", "Dana", "Dawson"));

        assertThatThrownBy(() -> registry.register(agency, TestData.participant("R-3", "Erin", "Ellis")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("external_ref"));
    }

    @Test
    void listsFiltersSortsAndPages() {
        String agency = TestData.newAgency(agencies, "REG");
        registry.register(agency, TestData.participant("L-1", "Amy", "Young"));
        registry.register(agency, TestData.participant("L-2", "Ben", "Abbott"));
        registry.register(agency, TestData.participant("L-3", "Cara", "Mitchell"));

        List<Participant> byName = registry.list(agency, ParticipantFilter.none(), ParticipantSort.FAMILY_NAME,
                true, 0, 10);
        assertThat(byName).extracting(Participant::getFamilyName).containsExactly("Abbott", "Mitchell", "Young");

        List<Participant> secondPage = registry.list(agency, ParticipantFilter.none(), ParticipantSort.FAMILY_NAME,
                false, 1, 1);
        assertThat(secondPage).extracting(Participant::getFamilyName).containsExactly("Mitchell");

        ParticipantFilter byFullName = new ParticipantFilter("ben abb", null, null, null, null, null);
        assertThat(registry.list(agency, byFullName, ParticipantSort.FAMILY_NAME, true, 0, 10))
                .extracting(Participant::getExternalRef).containsExactly("L-2");
        assertThat(registry.count(agency, byFullName)).isEqualTo(1);

        // LIKE wildcards in a filter are matched literally
        ParticipantFilter wildcard = new ParticipantFilter("%", null, null, null, null, null);
        assertThat(registry.count(agency, wildcard)).isZero();
    }
}
