package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NightlyTimeTest {

    @Test
    void unsetMeansTwoInTheMorning() {
        assertThat(NightlyTime.parse(null)).contains(new NightlyTime(LocalTime.of(2, 0)));
        assertThat(NightlyTime.parse(" ")).contains(new NightlyTime(LocalTime.of(2, 0)));
    }

    @Test
    void aTimeOfDayIsScheduledAtItsHourAndMinute() {
        NightlyTime at = NightlyTime.parse(" 23:45 ").orElseThrow();
        assertThat(at.schedule().getHour()).isEqualTo("23");
        assertThat(at.schedule().getMinute()).isEqualTo("45");
        assertThat(at.schedule().getSecond()).isEqualTo("0");
        assertThat(at).hasToString("23:45");
    }

    @Test
    void offMeansNone() {
        assertThat(NightlyTime.parse("OFF")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedNamingTheProperty() {
        for (String wrong : new String[] {"2am", "25:00", "2:00", "02:00:00"}) {
            assertThatThrownBy(() -> NightlyTime.parse(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gatehouse.nightly.at").hasMessageContaining(wrong);
        }
    }
}
