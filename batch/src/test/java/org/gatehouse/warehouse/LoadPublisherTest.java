package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadPublisherTest {

    @Test
    void thePublishTimeoutIsAnHourUnlessConfigured() {
        assertThat(LoadPublisher.timeoutSeconds(null)).isEqualTo(3600);
        assertThat(LoadPublisher.timeoutSeconds(" ")).isEqualTo(3600);
        assertThat(LoadPublisher.timeoutSeconds(" 7200 ")).isEqualTo(7200);
        assertThat(LoadPublisher.timeoutSeconds("60")).isEqualTo(60);
    }

    @Test
    void aTimeoutThatIsNotAWholeNumberOfAMinuteOrMoreIsRefusedNamingTheProperty() {
        for (String wrong : new String[] {"59", "0", "-1", "1h", "3600.5"}) {
            assertThatThrownBy(() -> LoadPublisher.timeoutSeconds(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gatehouse.warehouse.publish-timeout").hasMessageContaining(wrong);
        }
    }
}
