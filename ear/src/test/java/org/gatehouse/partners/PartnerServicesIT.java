package org.gatehouse.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.gatehouse.Deployments;
import org.gatehouse.Triangles;
import org.gatehouse.Triangles.Triangle;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner directory and onward referrals to it on the real server: consent, status, outcome. */
@ExtendWith(ArquillianExtension.class)
class PartnerServicesIT {

    private static final PartnerDetails SHELTER = new PartnerDetails("NORTH", "Northgate Shelter", ServiceKind.HOUSING,
            "Jo Bloggs", "0161 496 0000", "intake@shelter.example", "1 Mill Lane");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(PartnerServicesIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private ServiceReferrals referrals;

    @Inject
    private ConsentRecords consents;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Clock clock;

    private Triangle triangle;
    private LocalDate today;

    @BeforeEach
    void aTriangle() {
        triangle = triangles.create("PTN");
        today = LocalDate.now(clock);
    }

    @Test
    void coordinatorsKeepTheDirectoryPerRegionAndEveryoneWhoWorksWithCasesReadsIt() {
        assertThatThrownBy(() -> runAs(triangle.coordinator(), () -> directory.add(new PartnerDetails("WEST",
                "Shelter", ServiceKind.HOUSING, null, null, null, null)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not one of the agency's regions");
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> directory.add(SHELTER)))
                .isInstanceOf(AccessDeniedException.class);
        PartnerService shelter = runAs(triangle.coordinator(), () -> directory.add(SHELTER));
        PartnerService clinic = runAs(triangle.agency().as(Role.AGENCY_ADMIN), () -> directory.add(
                new PartnerDetails("SOUTH", "Southside Recovery", ServiceKind.ALCOHOL_AND_DRUGS, null, null, null,
                        null)));
        assertThat(runAs(triangle.mentor(), () -> directory.services())).extracting(PartnerService::getName)
                .containsExactly("Northgate Shelter", "Southside Recovery");

        PartnerService withdrawn = runAs(triangle.coordinator(), () -> directory.list(clinic.getId(),
                clinic.getVersion(), false));
        assertThat(runAs(triangle.caseWorker(), () -> directory.listed())).extracting(PartnerService::getId)
                .containsExactly(shelter.getId());
        assertThatThrownBy(() -> runAs(triangle.coordinator(), () -> directory.list(clinic.getId(),
                clinic.getVersion(), true))).isInstanceOf(StaleRecordException.class);
        assertThat(withdrawn.isActive()).isFalse();

        // another agency does not see them
        Triangle other = triangles.create("PTO");
        assertThat(runAs(other.coordinator(), () -> directory.services())).isEmpty();
        assertThatThrownBy(() -> runAs(other.coordinator(), () -> directory.service(shelter.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReferralNeedsConsentToShareWithThatPartnerAndIsFollowedToItsOutcome() {
        long id = triangle.mentee().getId();
        PartnerService shelter = runAs(triangle.coordinator(), () -> directory.add(SHELTER));
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> referrals.refer(id, shelter.getId(),
                "A bed on release", today))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("consent to share their information with Northgate Shelter");

        runAs(triangle.caseWorker(), () -> consents.giveOnCase(id, ConsentScope.SHARING, "northgate shelter", today));
        ServiceReferral referral = runAs(triangle.caseWorker(), () -> referrals.refer(id, shelter.getId(),
                "A bed on release", today));
        assertThat(runAs(triangle.caseWorker(), () -> engagements.ofCase(id)))
                .anyMatch(e -> e.getKind() == ActivityKind.ONWARD_REFERRAL && e.getHappenedOn().equals(today));

        ServiceReferral accepted = runAs(triangle.caseWorker(), () -> referrals.move(referral.getId(),
                referral.getVersion(), ServiceReferralStatus.ACCEPTED, null, today));
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> referrals.move(referral.getId(),
                referral.getVersion(), ServiceReferralStatus.ENGAGED, null, today)))
                .isInstanceOf(StaleRecordException.class);
        ServiceReferral engaged = runAs(triangle.coordinator(), () -> referrals.move(accepted.getId(),
                accepted.getVersion(), ServiceReferralStatus.ENGAGED, null, today));
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> referrals.move(engaged.getId(),
                engaged.getVersion(), ServiceReferralStatus.DROPPED_OUT, "", today)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("how it ended");
        runAs(triangle.caseWorker(), () -> referrals.move(engaged.getId(), engaged.getVersion(),
                ServiceReferralStatus.COMPLETED, "Tenancy signed", today));

        assertThat(runAs(triangle.caseWorker(), () -> referrals.ofCase(id))).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(ServiceReferralStatus.COMPLETED);
            assertThat(r.getOutcome()).isEqualTo("Tenancy signed");
            assertThat(r.getService().getName()).isEqualTo("Northgate Shelter");
        });
        // the mentor reads the directory, not the case's referrals
        assertThatThrownBy(() -> runAs(triangle.mentor(), () -> referrals.ofCase(id)))
                .isInstanceOf(AccessDeniedException.class);

        // consent withdrawn: an open referral to that partner is withdrawn with it
        PartnerService shelterNow = runAs(triangle.coordinator(), () -> directory.service(shelter.getId()));
        // no day given: referred today
        ServiceReferral second = runAs(triangle.caseWorker(), () -> referrals.refer(id, shelterNow.getId(),
                "Floating support", null));
        assertThat(second.getReferredOn()).isEqualTo(today);
        // the service renamed, then another consent withdrawn: the referral, made with consent to the old name, stands
        PartnerService renamed = runAs(triangle.coordinator(), () -> directory.revise(shelterNow.getId(),
                shelterNow.getVersion(), new PartnerDetails("NORTH", "Northgate Shelter Trust", ServiceKind.HOUSING,
                        null, null, null, null)));
        long mentoring = runAs(triangle.caseWorker(), () -> consents.ofCase(id)).stream()
                .filter(c -> c.getScope() == ConsentScope.MENTORING).findFirst().orElseThrow().getId();
        runAs(triangle.caseWorker(), () -> consents.withdraw(mentoring, today));
        assertThat(runAs(triangle.caseWorker(), () -> referrals.ofCase(id)))
                .filteredOn(r -> r.getId().equals(second.getId())).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(ServiceReferralStatus.REFERRED));
        runAs(triangle.coordinator(), () -> directory.revise(renamed.getId(), renamed.getVersion(), SHELTER));
        long sharing = runAs(triangle.caseWorker(), () -> consents.ofCase(id)).stream()
                .filter(c -> c.getScope() == ConsentScope.SHARING).findFirst().orElseThrow().getId();
        runAs(triangle.caseWorker(), () -> consents.withdraw(sharing, today));
        assertThat(runAs(triangle.caseWorker(), () -> referrals.ofCase(id)))
                .filteredOn(r -> r.getId().equals(second.getId())).singleElement().satisfies(r -> {
                    assertThat(r.getStatus()).isEqualTo(ServiceReferralStatus.WITHDRAWN);
                    assertThat(r.getOutcome()).contains("Consent to share with Northgate Shelter withdrawn");
                });
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> referrals.refer(id, shelter.getId(),
                "Again", today))).isInstanceOf(InvalidInputException.class).hasMessageContaining("consent");

        // a withdrawn service takes no new referral
        runAs(triangle.caseWorker(), () -> consents.giveOnCase(id, ConsentScope.SHARING, "Northgate Shelter", today));
        PartnerService current = runAs(triangle.coordinator(), () -> directory.service(shelter.getId()));
        runAs(triangle.coordinator(), () -> directory.list(current.getId(), current.getVersion(), false));
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> referrals.refer(id, shelter.getId(),
                "Again", today))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no longer in the directory");
    }
}
