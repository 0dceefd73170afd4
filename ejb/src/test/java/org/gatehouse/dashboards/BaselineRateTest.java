package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineRateTest {

    @Test
    void aRateInPercentOrNone() {
        assertThat(BaselineRate.parse(" 41.5 ")).isEqualByComparingTo(new BigDecimal("41.5"));
        assertThat(BaselineRate.parse("0")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(BaselineRate.parse("100")).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(BaselineRate.parse(null)).isNull();
        assertThat(BaselineRate.parse("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.1", "41,5", "forty", "1e400000000000"})
    void anythingElseIsRefusedByField(String wrong) {
        assertThatThrownBy(() -> BaselineRate.parse(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::field).containsExactly("baseline"));
    }
}
