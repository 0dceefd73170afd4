package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gatehouse.casework.ExitType;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.CaseDates;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.MilestoneEngine;
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
    void retentionAndTheScheduleStayAsTheyAreUntilTheRecheckDay() {
        // every release day of two years (month ends included), ended planned or not, before or after a mark
        Random random = new Random(42);
        for (LocalDate release = LocalDate.of(2024, 1, 1); release.isBefore(LocalDate.of(2026, 1, 1));
             release = release.plusDays(1)) {
            LocalDate exit = random.nextBoolean() ? null : release.plusDays(random.nextInt(450));
            ExitType exitType = random.nextBoolean() ? ExitType.PLANNED : ExitType.UNPLANNED;
            CaseDates dates = new CaseDates(release.minusDays(60), release, release, exit);
            LocalDate night = release.minusDays(60);
            Optional<LocalDate> next;
            do {
                CaseSchedule schedule = MilestoneEngine.plan(BuiltInTemplates.REINTEGRATION, dates, List.of(), night);
                next = EpisodeExtract.recheckOn(BuiltInTemplates.REINTEGRATION, dates, schedule, night);
                LocalDate until = next.orElse(night.plusYears(2));
                for (int months : EpisodeExtract.RETENTION_MONTHS) {
                    Boolean known = EpisodeExtract.retained(release, exit, exitType, months, night);
                    for (LocalDate d = night.plusDays(1); d.isBefore(until); d = d.plusDays(1)) {
                        assertThat(EpisodeExtract.retained(release, exit, exitType, months, d))
                                .as("released %s, %d months, night %s, recheck %s", release, months, night, next)
                                .isEqualTo(known);
                    }
                }
                night = until;
            } while (next.isPresent());
        }
    }
}
