package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClocksTest {

    @AfterEach
    void clearOffset() {
        System.clearProperty(Clocks.OFFSET_DAYS);
    }

    @Test
    void theClockIsTheSystemsUnlessAnOffsetIsSetAndMovesAsSoonAsItIs() {
        Clock clock = new Clocks().systemClock();
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));

        System.setProperty(Clocks.OFFSET_DAYS, " 2 ");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now().plusDays(2));

        System.clearProperty(Clocks.OFFSET_DAYS);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now());
    }

    @Test
    void anOffsetThatIsNotAWholeNumberOfDaysIsRefusedByName() {
        assertThat(Clocks.offsetDays(null)).isZero();
        assertThat(Clocks.offsetDays("-3")).isEqualTo(-3);
        assertThatThrownBy(() -> Clocks.offsetDays("1.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Clocks.OFFSET_DAYS).hasMessageContaining("1.5");
    }
}
