package org.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.gatehouse.notes.Sensitivity;
import org.junit.jupiter.api.Test;

class DemoNotesTest {

    private static final LocalDate REFERRAL = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void aCaseGetsTheSameNotesForTheSameSeedWithinItsDates() {
        List<DemoNotes.DemoNote> once = DemoNotes.forCase(42, 7, REFERRAL, TODAY, 9);
        assertThat(DemoNotes.forCase(42, 7, REFERRAL, TODAY, 9)).isEqualTo(once);
        assertThat(DemoNotes.forCase(43, 7, REFERRAL, TODAY, 9)).isNotEqualTo(once);
        assertThat(once).hasSize(9).allSatisfy(n -> assertThat(n.day()).isBetween(REFERRAL, TODAY));
    }

    @Test
    void notesReadLikeCaseNotesWithTheTradesWordsAndNoUnfilledSlots() {
        Random random = new Random(1);
        List<DemoNotes.DemoNote> notes = IntStream.range(0, 2000).mapToObj(i -> DemoNotes.note(random, TODAY))
                .toList();
        assertThat(notes).allSatisfy(n -> assertThat(n.body()).hasSizeBetween(60, 700).doesNotContain("{")
                .doesNotContain("%"));
        double average = notes.stream().mapToInt(n -> n.body().length()).average().orElseThrow();
        assertThat(average).as("average length").isBetween(150.0, 400.0);
        for (String word : List.of("NFA", "AOD", "OST", "Universal Credit", "Methadone", "housing bond",
                "Offender Manager")) {
            assertThat(notes).as(word).anySatisfy(n -> assertThat(n.body()).contains(word));
        }
        assertThat(notes).extracting(DemoNotes.DemoNote::sensitivity).contains(Sensitivity.values());
    }
}
