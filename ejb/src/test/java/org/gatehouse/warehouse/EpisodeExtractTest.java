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

    @Test
    void anEndedCaseIsReadAgainOnEveryNightItsRetentionBecomesKnownAndAWeekAfter() {
        // every release day of two years (month ends included), each mark, the night it falls and the week after
        for (LocalDate release = LocalDate.of(2024, 1, 1); release.isBefore(LocalDate.of(2026, 1, 1));
             release = release.plusDays(1)) {
            for (int months : EpisodeExtract.RETENTION_MONTHS) {
                LocalDate known = release.plusMonths(months);
                assertThat(EpisodeExtract.retained(release, release, ExitType.PLANNED, months, known.minusDays(1)))
                        .isNull();
                assertThat(EpisodeExtract.retained(release, release, ExitType.PLANNED, months, known)).isNotNull();
                for (LocalDate night = known; !night.isAfter(known.plusDays(7)); night = night.plusDays(1)) {
                    assertThat(release).as(release + " at " + months + " months, night " + night)
                            .isBetween(EpisodeExtract.markFrom(night, months), EpisodeExtract.markTo(night, months));
                }
            }
        }
    }

    @Test
    void anEndedCaseIsReadAgainUntilItsLongestGraceAndAWeekHavePassed() {
        LocalDate exit = LocalDate.of(2026, 3, 1);
        // a milestone due on the exit day turns missed the day after its 14 days of grace
        LocalDate lastChange = exit.plusDays(14 + 1);
        for (LocalDate night = exit; !night.isAfter(lastChange.plusDays(7)); night = night.plusDays(1)) {
            assertThat(exit).as("night " + night).isAfterOrEqualTo(EpisodeExtract.settledAfter(night, 14));
        }
    }
}
