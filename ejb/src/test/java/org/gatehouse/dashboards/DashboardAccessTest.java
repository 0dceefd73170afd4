package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardAccessTest {

    @Test
    void theThresholdIsFormatsFiveUnlessSetToAWholeNumber() {
        assertThat(DashboardAccess.threshold(null)).isEqualTo(5);
        assertThat(DashboardAccess.threshold("  ")).isEqualTo(5);
        assertThat(DashboardAccess.threshold(" 10 ")).isEqualTo(10);
        assertThat(DashboardAccess.threshold("1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1O", "5.5", "five", "99999999999"})
    void aWrongThresholdIsRefusedWithThePropertyNamed(String wrong) {
        assertThatThrownBy(() -> DashboardAccess.threshold(wrong)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gatehouse.suppression.threshold").hasMessageContaining("\"" + wrong + "\"");
    }
}
