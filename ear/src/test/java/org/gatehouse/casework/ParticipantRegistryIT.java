package org.gatehouse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
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
        Caller coordinator = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        Participant created = runAs(coordinator, () -> registry.register(TestData.participant("R-1", "Amy", "Abbott")));

        Participant read = runAs(coordinator, () -> registry.participant(created.getId()));
        assertThat(read.details()).isEqualTo(TestData.participant("R-1", "Amy", "Abbott"));
        assertThat(read.getVulnerabilities()).containsExactly(Vulnerability.NFA);

        ParticipantDetails moved = new ParticipantDetails("R-1", "A1234BC", "Amy", "Abbott-Reid",
                LocalDate.of(1990, 5, 1), Gender.F, IndigenousStatus.ABORIGINAL, "SOUTH", "HMP Riverside", "TTG",
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), Set.of(), null, null);
        Participant revised = runAs(coordinator, () -> registry.revise(created.getId(), read.getVersion(), moved));
        assertThat(revised.getVersion()).isGreaterThan(read.getVersion());
        assertThat(runAs(coordinator, () -> registry.participant(created.getId())).details()).isEqualTo(moved);

        // a save based on the old version would overwrite someone else's change
        assertThatThrownBy(() -> runAs(coordinator, () -> registry.revise(created.getId(), read.getVersion(), moved)))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void anotherAgencysParticipantIsNotFound() {
        Caller mine = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        Caller theirs = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        Participant theirParticipant = runAs(theirs,
                () -> registry.register(TestData.participant("T-1", "Ben", "Barker")));

        assertThatThrownBy(() -> runAs(mine, () -> registry.participant(theirParticipant.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(mine, () -> registry.count(ParticipantFilter.none()))).isZero();
    }

    @Test
    void refusesInvalidDetailsWithEveryReason() {
        Caller coordinator = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        ParticipantDetails bad = new ParticipantDetails("R-2", "A1", "", "Carter", LocalDate.of(2015, 1, 1),
                Gender.M, null, "WEST", "HMP Northgate", "REINT", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 3, 1), null, null, null, null);

        assertThatThrownBy(() -> runAs(coordinator, () -> registry.register(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("given_name", "date_of_birth", "region"));
        assertThat(runAs(coordinator, () -> registry.count(ParticipantFilter.none()))).isZero();
    }

    @Test
    void refusesASecondParticipantWithTheSameReference() {
        Caller coordinator = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        runAs(coordinator, () -> registry.register(TestData.participant("R-3", "Dana", "Dawson")));

        assertThatThrownBy(() -> runAs(coordinator,
                () -> registry.register(TestData.participant("R-3", "Erin", "Ellis"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("external_ref"));
    }

    @Test
    void listsFiltersSortsAndPages() {
        Caller worker = TestData.newAgency(agencies, "REG").as(Role.CASE_WORKER);
        runAs(worker, () -> {
            registry.register(TestData.participant("L-1", "Amy", "Young"));
            registry.register(TestData.participant("L-2", "Ben", "Abbott"));
            registry.register(TestData.participant("L-3", "Cara", "Mitchell"));

            List<Participant> byName = registry.list(ParticipantFilter.none(), ParticipantSort.FAMILY_NAME, true, 0,
                    10);
            assertThat(byName).extracting(Participant::getFamilyName).containsExactly("Abbott", "Mitchell", "Young");

            List<Participant> secondPage = registry.list(ParticipantFilter.none(), ParticipantSort.FAMILY_NAME, false,
                    1, 1);
            assertThat(secondPage).extracting(Participant::getFamilyName).containsExactly("Mitchell");

            ParticipantFilter byFullName = new ParticipantFilter("ben abb", null, null, null, null, null);
            assertThat(registry.list(byFullName, ParticipantSort.FAMILY_NAME, true, 0, 10))
                    .extracting(Participant::getExternalRef).containsExactly("L-2");
            assertThat(registry.count(byFullName)).isEqualTo(1);

            // LIKE wildcards in a filter are matched literally
            assertThat(registry.count(new ParticipantFilter("%", null, null, null, null, null))).isZero();
        });
    }

    @Test
    void findsPossibleDuplicatesByJusticeIdOrNameAndBirthDate() {
        TestAgency agency = TestData.newAgency(agencies, "REG");
        Caller coordinator = agency.as(Role.COORDINATOR);
        runAs(coordinator, () -> registry.register(TestData.participant("D-1", "Amy", "Abbott")));
        ParticipantDetails base = TestData.participant("D-2", "AMY", "abbott");
        ParticipantDetails sameNameOtherId = new ParticipantDetails("D-2", "Z9999ZZ", "AMY", "abbott",
                base.dateOfBirth(), base.gender(), null, "NORTH", "HMP Northgate", "REINT", base.referralDate(),
                base.expectedReleaseDate(), null, null, null, null);
        ParticipantDetails sameIdOtherName = new ParticipantDetails("D-3", "a1234bc", "Bea", "Other",
                LocalDate.of(1970, 1, 1), base.gender(), null, "NORTH", "HMP Northgate", "REINT", base.referralDate(),
                base.expectedReleaseDate(), null, null, null, null);
        ParticipantDetails someoneElse = new ParticipantDetails("D-4", "Q1111QQ", "Amy", "Abbott",
                LocalDate.of(1970, 1, 1), base.gender(), null, "NORTH", "HMP Northgate", "REINT", base.referralDate(),
                base.expectedReleaseDate(), null, null, null, null);

        assertThat(runAs(coordinator, () -> registry.possibleDuplicates(sameNameOtherId)))
                .extracting(Participant::getExternalRef).containsExactly("D-1");
        assertThat(runAs(coordinator, () -> registry.possibleDuplicates(sameIdOtherName)))
                .extracting(Participant::getExternalRef).containsExactly("D-1");
        assertThat(runAs(coordinator, () -> registry.possibleDuplicates(someoneElse))).isEmpty();
        // another agency's people are never suggested
        assertThat(runAs(TestData.newAgency(agencies, "REG").as(Role.COORDINATOR),
                () -> registry.possibleDuplicates(sameNameOtherId))).isEmpty();
    }

    @Test
    void keepsSupervisionAndRiskDetailsAndAuditsTheirChanges() {
        Caller coordinator = TestData.newAgency(agencies, "REG").as(Role.COORDINATOR);
        SupervisionDetails supervision = new SupervisionDetails(LegalStatus.ON_LICENCE, "Olive Officer",
                "+61 2 5550 1234", "olive.officer@probation.example", RiskOfSeriousHarm.HIGH,
                PublicProtectionLevel.LEVEL_2, "Curfew 19:00-07:00", "Not to enter the town centre", "English; Arabic");
        Participant created = runAs(coordinator,
                () -> registry.register(TestData.participant("SUP-1", "Sam", "Supervised"), supervision));
        Participant read = runAs(coordinator, () -> registry.participant(created.getId()));
        assertThat(read.supervision()).isEqualTo(supervision);

        SupervisionDetails changed = new SupervisionDetails(LegalStatus.ON_LICENCE, "Olive Officer",
                "+61 2 5550 1234", "olive.officer@probation.example", RiskOfSeriousHarm.MEDIUM,
                PublicProtectionLevel.LEVEL_1, "Curfew 19:00-07:00", "Not to enter the town centre", "English; Arabic");
        runAs(coordinator, () -> registry.revise(created.getId(), read.getVersion(), read.details(), changed));
        assertThat(runAs(coordinator, () -> registry.participant(created.getId())).supervision()).isEqualTo(changed);

        SupervisionDetails bad = new SupervisionDetails(null, null, "call me", "not-an-address", null, null, null,
                null, null);
        Participant current = runAs(coordinator, () -> registry.participant(created.getId()));
        assertThatThrownBy(() -> runAs(coordinator,
                () -> registry.revise(created.getId(), current.getVersion(), current.details(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("responsible_officer_phone", "responsible_officer_email"));
        assertThat(runAs(coordinator, () -> registry.participant(created.getId())).supervision()).isEqualTo(changed);
    }
}
