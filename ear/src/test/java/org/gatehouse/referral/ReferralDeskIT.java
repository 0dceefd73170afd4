package org.gatehouse.referral;

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
import org.gatehouse.agency.Program;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.Phase;
import org.gatehouse.programs.ProgramCatalogue;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAdministration;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Referrals from receipt through intake to acceptance, decline or onward referral, with consent checks. */
@ExtendWith(ArquillianExtension.class)
class ReferralDeskIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ReferralDeskIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ReferralDesk desk;

    @Inject
    private ConsentRecords consents;

    @Inject
    private ProgramCatalogue catalogue;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Worklists worklists;

    @Inject
    private Accounts accounts;

    @Inject
    private UserAdministration administration;

    static ReferralDetails referral(String givenName, Gender gender) {
        return new ReferralDetails(ReferralSource.PRISON, "Offender management unit, HMP Northgate",
                TODAY.minusDays(2), "NORTH", "B7777CD", givenName, "Referred", LocalDate.of(1988, 2, 29), gender,
                "HMP Northgate", TODAY.plusDays(60));
    }

    @Test
    void aWomansReferralIsTakenInAndEnrolledInTheWomensStreamWithHerConsent() {
        TestAgency agency = TestData.newAgency(agencies, "REF");
        runAs(agency.as(Role.AGENCY_ADMIN), () -> {
            Program stream = catalogue.create("REINT-W", "Re-integration (women)", "REINT");
            Program reint = catalogue.programs().stream().filter(p -> p.getCode().equals("REINT")).findFirst()
                    .orElseThrow();
            catalogue.routeWomen(reint.getId(), stream.getId());
        });
        Caller coordinator = agency.as(Role.COORDINATOR);
        Referral received = runAs(coordinator, () -> desk.receive(referral("Erin", Gender.F)));
        assertThat(received.getLeadTimeDays()).isEqualTo(62);
        assertThat(runAs(coordinator, () -> worklists.mine()).awaitingIntake()).extracting(Referral::getId)
                .contains(received.getId());

        assertThatThrownBy(() -> runAs(coordinator, () -> desk.accept(received.getId(), received.getVersion(),
                "REINT", null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("intake");
        Referral taken = runAs(coordinator, () -> desk.intake(received.getId(), received.getVersion(), "SOUTH",
                Set.of(Vulnerability.NFA, Vulnerability.SUBSTANCE)));
        assertThat(taken.getIntakeOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.accept(taken.getId(), taken.getVersion(), "REINT",
                null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("consent to mentoring");

        runAs(coordinator, () -> consents.giveOnReferral(taken.getId(), ConsentScope.MENTORING, null, TODAY));
        Participant enrolled = runAs(coordinator, () -> desk.accept(taken.getId(), taken.getVersion(), "REINT", null,
                null));

        assertThat(enrolled.getProgram().getCode()).isEqualTo("REINT-W");
        assertThat(enrolled.getExternalRef()).isEqualTo(agency.code() + "-R" + taken.getId());
        assertThat(enrolled.getRegion().getCode()).isEqualTo("SOUTH");
        assertThat(enrolled.getReferralDate()).isEqualTo(TODAY.minusDays(2));
        assertThat(enrolled.getVulnerabilities()).containsExactlyInAnyOrder(Vulnerability.NFA, Vulnerability.SUBSTANCE);
        assertThat(runAs(coordinator, () -> consents.ofCase(enrolled.getId()))).hasSize(1);
        assertThat(runAs(coordinator, () -> schedules.of(enrolled.getId())).phase()).isEqualTo(Phase.PRE_RELEASE);
        Referral accepted = runAs(coordinator, () -> desk.referral(taken.getId()));
        assertThat(accepted.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.getParticipant().getId()).isEqualTo(enrolled.getId());
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.decline(accepted.getId(), accepted.getVersion(),
                DeclineReason.NO_CAPACITY, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already decided");
        // consent given later belongs on the case, not on the decided referral
        assertThatThrownBy(() -> runAs(coordinator, () -> consents.giveOnReferral(accepted.getId(),
                ConsentScope.SHARING, "Shelter Housing", TODAY))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMansReferralStaysInTheProgramChosen() {
        TestAgency agency = TestData.newAgency(agencies, "REF");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Referral received = runAs(coordinator, () -> desk.receive(referral("Sam", Gender.M)));
        Referral taken = runAs(coordinator, () -> desk.intake(received.getId(), received.getVersion(), "NORTH",
                Set.of(Vulnerability.MENTAL_HEALTH)));
        runAs(coordinator, () -> consents.giveOnReferral(taken.getId(), ConsentScope.MENTORING, null, TODAY));
        Participant enrolled = runAs(coordinator, () -> desk.accept(taken.getId(), taken.getVersion(), "TTG",
                "OWN-REF-1", null));
        assertThat(enrolled.getProgram().getCode()).isEqualTo("TTG");
        assertThat(enrolled.getExternalRef()).isEqualTo("OWN-REF-1");
    }

    @Test
    void aDeclineNeedsAReasonAndAnIneligiblePersonCannotBeAccepted() {
        Caller coordinator = TestData.newAgency(agencies, "REF").as(Role.COORDINATOR);
        Referral received = runAs(coordinator, () -> desk.receive(referral("Ivan", Gender.M)));
        Referral taken = runAs(coordinator, () -> desk.intake(received.getId(), received.getVersion(), "NORTH",
                Set.of()));
        runAs(coordinator, () -> consents.giveOnReferral(taken.getId(), ConsentScope.MENTORING, null, TODAY));
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.accept(taken.getId(), taken.getVersion(), "REINT",
                null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no eligibility vulnerability");
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.decline(taken.getId(), taken.getVersion(),
                DeclineReason.OTHER, " "))).isInstanceOf(InvalidInputException.class).hasMessageContaining("other");
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.decline(taken.getId(), received.getVersion(),
                DeclineReason.NOT_ELIGIBLE, null))).isInstanceOf(StaleRecordException.class);

        Referral declined = runAs(coordinator, () -> desk.decline(taken.getId(), taken.getVersion(),
                DeclineReason.NOT_ELIGIBLE, "no qualifying need found"));
        assertThat(declined.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo(DeclineReason.NOT_ELIGIBLE);
        assertThat(declined.getDecidedOn()).isEqualTo(TODAY);
        assertThat(runAs(coordinator, () -> desk.referrals(ReferralStatus.RECEIVED))).isEmpty();
        assertThat(runAs(coordinator, () -> desk.referrals(ReferralStatus.DECLINED))).hasSize(1);
    }

    @Test
    void anOnwardReferralNeedsConsentToShareAndArrivesOnTheOtherAgencysDesk() {
        TestAgency sender = TestData.newAgency(agencies, "REF");
        TestAgency receiver = TestData.newAgency(agencies, "REF");
        Caller coordinator = sender.as(Role.COORDINATOR);
        Referral received = runAs(coordinator, () -> desk.receive(referral("Olive", Gender.F)));

        assertThatThrownBy(() -> runAs(coordinator, () -> desk.referOnward(received.getId(), received.getVersion(),
                receiver.code(), null, "longer-term support"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not consented");
        // consent to a different partner does not cover this agency
        runAs(coordinator, () -> consents.giveOnReferral(received.getId(), ConsentScope.SHARING, "Shelter Housing",
                TODAY));
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.referOnward(received.getId(), received.getVersion(),
                receiver.code(), null, null))).isInstanceOf(InvalidInputException.class);
        runAs(coordinator, () -> consents.giveOnReferral(received.getId(), ConsentScope.SHARING,
                " " + receiver.code().toLowerCase() + " ", TODAY));

        Referral onward = runAs(coordinator, () -> desk.referOnward(received.getId(), received.getVersion(),
                receiver.code(), null, "longer-term support"));
        assertThat(onward.getStatus()).isEqualTo(ReferralStatus.REFERRED_ON);
        assertThat(onward.getOnwardAgency().getCode()).isEqualTo(receiver.code());

        Caller theirs = receiver.as(Role.COORDINATOR);
        Referral delivered = runAs(theirs, () -> desk.referrals(ReferralStatus.RECEIVED)).get(0);
        assertThat(delivered.getSource()).isEqualTo(ReferralSource.AGENCY);
        assertThat(delivered.getGivenName()).isEqualTo("Olive");
        assertThat(delivered.getRegion()).isNull();
        assertThat(delivered.getOriginReferralId()).isEqualTo(received.getId());
        // each agency keeps its own record: neither opens the other's
        assertThatThrownBy(() -> runAs(theirs, () -> desk.referral(received.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.referral(delivered.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOnwardReferralToAPartnerIsCoveredByConsentNamingThatPartner() {
        Caller coordinator = TestData.newAgency(agencies, "REF").as(Role.COORDINATOR);
        Referral received = runAs(coordinator, () -> desk.receive(referral("Finn", Gender.M)));
        var consent = runAs(coordinator, () -> consents.giveOnReferral(received.getId(), ConsentScope.SHARING,
                "Shelter Housing", TODAY.minusDays(1)));
        runAs(coordinator, () -> consents.withdraw(consent.getId(), TODAY));
        // withdrawn today: no longer covers a referral made today
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.referOnward(received.getId(), received.getVersion(),
                null, "shelter housing", null))).isInstanceOf(InvalidInputException.class);
        runAs(coordinator, () -> consents.giveOnReferral(received.getId(), ConsentScope.SHARING, "Shelter Housing",
                TODAY));
        Referral onward = runAs(coordinator, () -> desk.referOnward(received.getId(), received.getVersion(), null,
                "shelter housing", null));
        assertThat(onward.getOnwardTo()).isEqualTo("shelter housing");
        assertThat(onward.getOnwardAgency()).isNull();
    }

    @Test
    void aRegionsCoordinatorSeesThatRegionsReferralsOnTheWorklist() {
        TestAgency agency = TestData.newAgency(agencies, "REF");
        String username = agency.user(accounts, agencies, Role.COORDINATOR);
        Caller coordinator = Callers.of(accounts.find(username).orElseThrow());
        Referral north = runAs(coordinator, () -> desk.receive(referral("Nell", Gender.F)));
        ReferralDetails south = referral("Saul", Gender.M);
        Referral fromSouth = runAs(coordinator, () -> desk.receive(new ReferralDetails(south.source(),
                south.referrer(), south.receivedOn(), "SOUTH", south.justiceId(), south.givenName(),
                south.familyName(), south.dateOfBirth(), south.gender(), south.prison(),
                south.expectedReleaseDate())));
        assertThat(runAs(coordinator, () -> worklists.mine()).awaitingIntake()).extracting(Referral::getId)
                .containsExactlyInAnyOrder(north.getId(), fromSouth.getId());

        runAs(agency.as(Role.AGENCY_ADMIN), () -> administration.assignRegion(
                accounts.find(username).orElseThrow().getId(), "SOUTH"));
        assertThat(runAs(coordinator, () -> worklists.mine()).awaitingIntake()).extracting(Referral::getId)
                .containsExactly(fromSouth.getId());
        assertThatThrownBy(() -> runAs(agency.as(Role.AGENCY_ADMIN), () -> administration.assignRegion(
                accounts.find(username).orElseThrow().getId(), "WEST"))).isInstanceOf(InvalidInputException.class);
        // the user screen saves roles and region together: a bad region leaves the roles as they were
        assertThatThrownBy(() -> runAs(agency.as(Role.AGENCY_ADMIN), () -> administration.changeRolesAndRegion(
                accounts.find(username).orElseThrow().getId(), Set.of(Role.COORDINATOR, Role.CASE_WORKER), "WEST")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accounts.find(username).orElseThrow().getRoles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void badReferralDetailsAreRefusedWithEveryReason() {
        Caller coordinator = TestData.newAgency(agencies, "REF").as(Role.COORDINATOR);
        ReferralDetails bad = new ReferralDetails(null, " ", TODAY.plusDays(1), "WEST", null, "Amy", null,
                TODAY.minusYears(10), Gender.F, "HMP Northgate", null);
        assertThatThrownBy(() -> runAs(coordinator, () -> desk.receive(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).contains("source", "referrer", "received_on", "region",
                                "family_name", "date_of_birth", "expected_release_date"));
    }
}
