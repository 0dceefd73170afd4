package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

class ServiceLevelTargetTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @Test
    void aRateIsJudgedGreenFromTheFirstBandAmberFromTheSecondRedBelow() {
        ServiceLevelTargets.Target target = new ServiceLevelTargets.Target("MET_AT_GATE", "ALL", new BigDecimal("80"),
                new BigDecimal("60"), "commissioner", NOW);
        assertThat(target.rag(new BigDecimal("80.00"))).isEqualTo(Rag.GREEN);
        assertThat(target.rag(new BigDecimal("79.99"))).isEqualTo(Rag.AMBER);
        assertThat(target.rag(new BigDecimal("60"))).isEqualTo(Rag.AMBER);
        assertThat(target.rag(new BigDecimal("59.99"))).isEqualTo(Rag.RED);
        assertThat(target.rag(null)).isEqualTo(Rag.NONE);
    }

    @Test
    void bandsAreInTheLevelsUnitAndAmberIsNotAboveGreen() {
        assertThat(new ServiceLevelTarget("ALL", null, "REFERRAL_LEAD_DAYS", true, new BigDecimal("120"),
                new BigDecimal("90"), "c", NOW).getGreenFrom()).isEqualByComparingTo("120");
        assertThat(ServiceLevelTarget.violations(false, new BigDecimal("120"), new BigDecimal("90")))
                .extracting(Violation::field).containsExactly("greenFrom");
        assertThat(ServiceLevelTarget.violations(false, new BigDecimal("50"), new BigDecimal("60")))
                .extracting(Violation::toString).containsExactly("amberFrom: must not be above green (50)");
        assertThat(ServiceLevelTarget.violations(true, null, new BigDecimal("-1"))).extracting(Violation::field)
                .containsExactly("greenFrom", "amberFrom");
        assertThat(ServiceLevelTarget.violations(false, BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();

        ServiceLevelTarget target = new ServiceLevelTarget("NRM", 1L, "MET_AT_GATE", false, new BigDecimal("80"),
                new BigDecimal("60"), "admin", NOW);
        assertThatThrownBy(() -> target.change(false, new BigDecimal("40"), new BigDecimal("60"), "admin", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(target.getGreenFrom()).as("unchanged when refused").isEqualByComparingTo("80");
    }
}
