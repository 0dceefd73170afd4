package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyInTest {

    @Test
    void valuesAreWrittenInCopysTextFormat() {
        assertThat(CopyIn.field(null)).isEqualTo("\\N");
        assertThat(CopyIn.field(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        assertThat(CopyIn.field(-42L)).isEqualTo("-42");
        assertThat(CopyIn.field(true)).isEqualTo("true");
        assertThat(CopyIn.field("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    }
}
