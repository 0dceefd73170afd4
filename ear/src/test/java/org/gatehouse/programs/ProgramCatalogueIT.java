package org.gatehouse.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Program;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An agency's programs: copies of templates it adjusts, and every case in them re-planned at once. */
@ExtendWith(ArquillianExtension.class)
class ProgramCatalogueIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ProgramCatalogueIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ProgramCatalogue catalogue;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseSchedules schedules;

    @Test
    void aCopiedProgramIsAdjustedAndItsCasesAreReplanned() {
        TestAgency agency = TestData.newAgency(agencies, "PGM");
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        Program copy = runAs(admin, () -> catalogue.create("TTG-LONG", "Through the Gate (long)", "TTG"));
        assertThat(copy.template().milestones()).isEqualTo(BuiltInTemplates.THROUGH_THE_GATE.milestones());
        assertThat(copy.getTemplateCode()).isEqualTo("TTG");
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.create("TTG-LONG", "Again", "TTG")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.create("bad code", "Bad", "TTG")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.create("NOSOURCE", "No source", "NOPE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("source");

        Caller worker = agency.as(Role.CASE_WORKER);
        Participant p = runAs(worker, () -> registry.register(new ParticipantDetails("PG-1", "P1111PP", "Uma", "Adjust",
                LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH", "HMP Northgate", "TTG-LONG", TODAY.minusDays(20),
                TODAY.plusDays(30), null, Set.of(), null, null)));
        assertThat(runAs(worker, () -> schedules.of(p.getId())).milestone("PRE_RELEASE_MEETING").due())
                .isEqualTo(TODAY.plusDays(16));

        ProgramTemplate template = copy.template();
        List<MilestoneDefinition> milestones = new ArrayList<>(template.milestones());
        MilestoneDefinition meeting = milestones.get(0);
        milestones.set(0, new MilestoneDefinition(meeting.code(), "Meeting in prison 3 weeks before release", -21,
                meeting.windowDays(), meeting.graceDays(), meeting.completedBy()));
        runAs(admin, () -> catalogue.adjust(copy.getId(), new ProgramTemplate(template.code(), template.name(),
                template.firstStepsDays(), 180, milestones, template.cadences())));

        List<CadenceDefinition> unnamed = List.of(new CadenceDefinition("FOLLOW_UP", " ", ActivityKind.MENTOR_MEETING,
                14, 1, 84));
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.adjust(copy.getId(), new ProgramTemplate(template.code(),
                template.name(), template.firstStepsDays(), 180, milestones, unnamed))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("label");

        CaseSchedule replanned = runAs(worker, () -> schedules.of(p.getId()));
        assertThat(replanned.milestone("PRE_RELEASE_MEETING").due()).isEqualTo(TODAY.plusDays(9));
        assertThat(replanned.milestone("PRE_RELEASE_MEETING").milestone().label())
                .isEqualTo("Meeting in prison 3 weeks before release");
        // the built-in template and the program it was copied from are untouched
        Program original = runAs(admin, () -> catalogue.programs()).stream().filter(g -> g.getCode().equals("TTG"))
                .findFirst().orElseThrow();
        assertThat(original.template().milestones()).isEqualTo(BuiltInTemplates.THROUGH_THE_GATE.milestones());
    }

    @Test
    void aWomensStreamMustBeAnotherProgramOfTheSameAgency() {
        TestAgency agency = TestData.newAgency(agencies, "PGM");
        TestAgency other = TestData.newAgency(agencies, "PGM");
        Caller admin = agency.as(Role.AGENCY_ADMIN);
        long reint = id(admin, "REINT");
        long theirs = id(other.as(Role.AGENCY_ADMIN), "TTG");
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.routeWomen(reint, theirs)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(admin, () -> catalogue.routeWomen(reint, reint)))
                .isInstanceOf(InvalidInputException.class);
        runAs(admin, () -> catalogue.routeWomen(reint, id(admin, "TTG")));
        assertThat(runAs(admin, () -> catalogue.program(reint)).getWomensStream().getCode()).isEqualTo("TTG");
        runAs(admin, () -> catalogue.routeWomen(reint, null));
        assertThat(runAs(admin, () -> catalogue.program(reint)).getWomensStream()).isNull();
    }

    private long id(Caller admin, String code) {
        return runAs(admin, () -> catalogue.programs()).stream().filter(g -> g.getCode().equals(code)).findFirst()
                .orElseThrow().getId();
    }
}
