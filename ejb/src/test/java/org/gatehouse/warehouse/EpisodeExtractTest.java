package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gatehouse.casework.ExitType;
import org.junit.jupiter.api.Test;

class EpisodeExtractTest {

    @Test
    void theAgeBandIsTheAgeOnTheReleaseDay() {
        LocalDate born = LocalDate.of(2000, 6, 15);

        assertThat(EpisodeExtract.ageBand(born, LocalDate.of(2018, 6, 14))).isEqualTo("16-17");
        assertThat(EpisodeExtract.ageBand(born, LocalDate.of(2018, 6, 15))).isEqualTo("18-24");
        assertThat(EpisodeExtract.ageBand(born, LocalDate.of(2025, 6, 15))).isEqualTo("25-34");
        assertThat(EpisodeExtract.ageBand(LocalDate.of(1960, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo("55+");
    }

    @Test
    void retentionIsUnknownUntilItsDayAndOnlyAnUnplannedExitBeforeItLosesIt() {
        LocalDate release = LocalDate.of(2026, 1, 10);
        LocalDate asOf = LocalDate.of(2026, 7, 20);

        assertThat(EpisodeExtract.retained(null, null, null, 3, asOf)).isNull();
        assertThat(EpisodeExtract.retained(release, null, null, 12, asOf)).isNull();
        assertThat(EpisodeExtract.retained(release, null, null, 3, asOf)).isTrue();
        assertThat(EpisodeExtract.retained(release, LocalDate.of(2026, 4, 10), ExitType.UNPLANNED, 3, asOf)).isTrue();
        assertThat(EpisodeExtract.retained(release, LocalDate.of(2026, 4, 9), ExitType.UNPLANNED, 3, asOf)).isFalse();
        assertThat(EpisodeExtract.retained(release, LocalDate.of(2026, 2, 1), ExitType.PLANNED, 6, asOf)).isTrue();
    }
}
