package org.gatehouse.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 2, 28);
    private static final Instant NOW = Instant.parse("2028-02-28T10:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Region north = withId(new Region(agency, "NORTH", "North"), 10);
    private final Region theirs = withId(new Region(withId(new Agency("TGT", "Gate"), 2), "NORTH", "North"), 20);

    private Referral received(LocalDate on, LocalDate release) {
        return Referral.receive(agency, north, new ReferralDetails(ReferralSource.OFFENDER_MANAGER, "OM Smith", on,
                "NORTH", null, "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, "HMP Northgate", release), TODAY,
                NOW);
    }

    @Test
    void leadTimeIsTheDaysFromReceiptToTheExpectedReleaseAcrossALeapDay() {
        assertThat(received(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1)).getLeadTimeDays()).isEqualTo(29);
        // referred after release (community program): negative
        assertThat(received(TODAY, TODAY.minusDays(10)).getLeadTimeDays()).isEqualTo(-10);
    }

    @Test
    void aRegionOfAnotherAgencyIsRefused() {
        assertThatThrownBy(() -> Referral.receive(agency, theirs, new ReferralDetails(ReferralSource.SELF, "self",
                TODAY, "NORTH", null, "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, "HMP", TODAY), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a region of this agency");
        Referral referral = received(TODAY, TODAY.plusDays(30));
        assertThatThrownBy(() -> referral.intake(theirs, Set.of(), "c", TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptanceNeedsAnIntakeThatFoundAVulnerability() {
        Referral referral = received(TODAY, TODAY.plusDays(30));
        assertThatThrownBy(referral::requireAcceptable).hasMessageContaining("intake");
        referral.intake(north, Set.of(), "c", TODAY, NOW);
        assertThatThrownBy(referral::requireAcceptable).hasMessageContaining("no eligibility vulnerability");
        referral.intake(north, Set.of(Vulnerability.DOMESTIC_ABUSE), "c", TODAY, NOW);
        referral.requireAcceptable();
        assertThat(referral.getIntakeBy()).isEqualTo("c");
    }

    @Test
    void aDecisionIsTakenOnceAndADeclineForOtherReasonsSaysWhy() {
        Referral referral = received(TODAY, TODAY.plusDays(30));
        assertThatThrownBy(() -> referral.decline(null, null, "c", TODAY, NOW)).hasMessageContaining("decline_reason");
        assertThatThrownBy(() -> referral.decline(DeclineReason.OTHER, "  ", "c", TODAY, NOW))
                .hasMessageContaining("other");
        referral.decline(DeclineReason.OTHER, " moved interstate ", "c", TODAY, NOW);
        assertThat(referral.getDecisionNote()).isEqualTo("moved interstate");
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThatThrownBy(() -> referral.referOnward("Shelter", null, null, "c", TODAY, NOW))
                .hasMessageContaining("already decided");
        assertThatThrownBy(() -> referral.intake(north, Set.of(), "c", TODAY, NOW))
                .hasMessageContaining("already decided");
    }

    @Test
    void anOnwardReferralNamesItsDestinationAndNeverItsOwnAgency() {
        Referral referral = received(TODAY, TODAY.plusDays(30));
        assertThatThrownBy(() -> referral.referOnward(" ", null, null, "c", TODAY, NOW))
                .hasMessageContaining("onward_to");
        assertThatThrownBy(() -> referral.referOnward(null, agency, null, "c", TODAY, NOW))
                .hasMessageContaining("own agency");
        referral.referOnward(null, theirs.getAgency(), null, "c", TODAY, NOW);
        assertThat(referral.getOnwardTo()).isEqualTo("Gate");
    }
}
