package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
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

    /** The dashboard screens are view-scoped: what they keep must survive the session being written out. */
    @Test
    void whatTheScreensKeepCanBeWrittenOutAndReadBack() throws Exception {
        List<Object> kept = List.of(new DashboardViewer(new Caller(1L, "c", null, null, Set.of(Role.COMMISSIONER)),
                        true, 5),
                List.of(new ReoffendingDashboard.Figures("2025-Q1", "ALL", true, 12L, null, 0L, null, null, null, null,
                        1L, null, null, 0L, null, 0L, 0L, null)),
                new ReoffendingDashboard.Choices(List.of("2025-Q1"), List.of(new ReoffendingDashboard.Choice("A", "A")),
                        List.of(), List.of()),
                new ServiceLevelDashboard.Figures("MET_AT_GATE", "met", false, "ALL", false, 5L, 7L,
                        new BigDecimal("0.7143"), null, null, null, null, Rag.NONE),
                new MentorPipelineDashboard.Pipeline("ALL", false, 1L, 1L, 1L, 1L, 0L, 0L, 0L),
                new MentorPipelineDashboard.Activity("2025-01", "ALL", false, 5L, 7L, new BigDecimal("0.7")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kept);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(kept);
        }
    }
}
