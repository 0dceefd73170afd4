package org.gatehouse.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.BuiltInTemplates;
import org.junit.jupiter.api.Test;

/** A partner referral's path from referred to its outcome, and the directory entry's rules. */
class ServiceReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Region north = withId(new Region(agency, "NORTH", "North"), 10);
    private final Participant participant = Participant.register(agency, north,
            withId(new Program(agency, "REINT", "Re-integration", BuiltInTemplates.REINTEGRATION), 100),
            new ParticipantDetails("R-1", "A1", "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH",
                    "HMP", "REINT", TODAY.minusDays(30), TODAY.plusDays(10), null, Set.of(), null, null), TODAY, NOW);
    private final PartnerService shelter = new PartnerService(north, new PartnerDetails("NORTH", "Northgate Shelter",
            ServiceKind.HOUSING, "Jo Bloggs", "0161 496 0000", "intake@shelter.example", "1 Mill Lane"), NOW);

    @Test
    void theNextStepsAreOfferedInTheOrderOfThePath() {
        assertThat(ServiceReferralStatus.REFERRED.next()).containsExactly(ServiceReferralStatus.ACCEPTED,
                ServiceReferralStatus.DECLINED, ServiceReferralStatus.WITHDRAWN);
        assertThat(ServiceReferralStatus.ENGAGED.next()).containsExactly(ServiceReferralStatus.COMPLETED,
                ServiceReferralStatus.DROPPED_OUT, ServiceReferralStatus.WITHDRAWN);
        assertThat(ServiceReferralStatus.COMPLETED.closes()).isTrue();
    }

    @Test
    void aReferralRemembersTheNameItsConsentNamed() {
        ServiceReferral referral = new ServiceReferral(participant, shelter, "A bed", TODAY, "cw", TODAY, NOW);
        shelter.revise(north, new PartnerDetails("NORTH", "Northgate Shelter Trust", ServiceKind.HOUSING, null, null,
                null, null), NOW);
        assertThat(referral.getSharedWith()).isEqualTo("Northgate Shelter");
    }

    @Test
    void aDirectoryEntryNeedsAnAgencyRegionANameAKindAndWellFormedContacts() {
        assertThatThrownBy(() -> new PartnerService(null, new PartnerDetails("WEST", " ", null, null, "call me",
                "not-an-address", null), NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("region", "name", "kind", "phone", "email"));
    }

    @Test
    void aReferralMovesAlongItsPathAndClosesWithItsOutcome() {
        ServiceReferral referral = new ServiceReferral(participant, shelter, "A bed on release", TODAY.minusDays(5),
                "cw", TODAY, NOW);
        assertThat(referral.getStatus()).isEqualTo(ServiceReferralStatus.REFERRED);
        assertThatThrownBy(() -> referral.move(ServiceReferralStatus.COMPLETED, "done", TODAY, "cw", TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only to");
        assertThatThrownBy(() -> referral.move(ServiceReferralStatus.ACCEPTED, null, TODAY.minusDays(6), "cw", TODAY,
                NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("status_on");
        referral.move(ServiceReferralStatus.ACCEPTED, null, TODAY.minusDays(3), "cw", TODAY, NOW);
        referral.move(ServiceReferralStatus.ENGAGED, null, TODAY.minusDays(2), "cw", TODAY, NOW);
        assertThatThrownBy(() -> referral.move(ServiceReferralStatus.COMPLETED, " ", TODAY, "cw", TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("how it ended");
        referral.move(ServiceReferralStatus.COMPLETED, "Moved into a tenancy", TODAY, "cw", TODAY, NOW);
        assertThat(referral.isOpen()).isFalse();
        assertThat(referral.getOutcome()).isEqualTo("Moved into a tenancy");
        assertThatThrownBy(() -> referral.move(ServiceReferralStatus.WITHDRAWN, "x", TODAY, "cw", TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is closed");
    }

    @Test
    void aWithdrawnServiceTakesNoNewReferralAndAReferralSaysWhatItIsFor() {
        shelter.listed(false, NOW);
        assertThatThrownBy(() -> new ServiceReferral(participant, shelter, " ", TODAY.plusDays(1), "cw", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("service", "reason", "referred_on"));
    }
}
