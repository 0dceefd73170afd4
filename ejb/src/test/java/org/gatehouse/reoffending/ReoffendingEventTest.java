package org.gatehouse.reoffending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

class ReoffendingEventTest {

    private static final LocalDate EXTRACT = LocalDate.of(2026, 6, 30);
    private static final Instant MONDAY = Instant.parse("2026-07-06T02:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-07-07T02:00:00Z");

    private static ReoffendingEventDetails offence(LocalDate outcome) {
        return new ReoffendingEventDetails(" E-1 ", " a1234bc ", ReoffendingEventType.PROVEN_OFFENCE,
                LocalDate.of(2025, 2, 1), outcome, null, null, EXTRACT);
    }

    @Test
    void justiceIdsAreKeptUpperCaseAndStripped() {
        ReoffendingEvent event = new ReoffendingEvent(offence(LocalDate.of(2025, 4, 1)), 7, MONDAY);

        assertThat(event.getEventId()).isEqualTo("E-1");
        assertThat(event.getJusticeId()).isEqualTo("A1234BC");
    }

    @Test
    void theSameRowAgainChangesNothingAndAChangedOneMovesItsTime() {
        ReoffendingEvent event = new ReoffendingEvent(offence(LocalDate.of(2025, 4, 1)), 7, MONDAY);

        assertThat(event.update(offence(LocalDate.of(2025, 4, 1)), 8, TUESDAY)).isFalse();
        assertThat(event.getUpdatedAt()).isEqualTo(MONDAY);
        assertThat(event.getFeedRunId()).isEqualTo(7);

        assertThat(event.update(offence(LocalDate.of(2025, 4, 15)), 8, TUESDAY)).isTrue();
        assertThat(event.getOutcomeDate()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(event.getUpdatedAt()).isEqualTo(TUESDAY);
        assertThat(event.getFeedRunId()).isEqualTo(8);
    }

    @Test
    void aRowOfAnOlderExtractChangesNothing() {
        ReoffendingEvent event = new ReoffendingEvent(offence(LocalDate.of(2025, 4, 1)), 7, MONDAY);
        ReoffendingEventDetails older = new ReoffendingEventDetails("E-1", "B7777BB",
                ReoffendingEventType.PROVEN_OFFENCE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), null, null,
                EXTRACT.minusDays(1));

        assertThat(event.update(older, 8, TUESDAY)).isFalse();
        assertThat(event.getJusticeId()).isEqualTo("A1234BC");
        assertThat(event.getOutcomeDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(event.getExtractDate()).isEqualTo(EXTRACT);
        assertThat(event.getUpdatedAt()).isEqualTo(MONDAY);
    }

    @Test
    void eachKindNeedsItsOwnDatesAndNoOthers() {
        ReoffendingEventDetails custodyWithOffenceDates = new ReoffendingEventDetails("E-2", "A1234BC",
                ReoffendingEventType.CUSTODY, LocalDate.of(2025, 2, 1), null, null, null, EXTRACT);

        assertThat(custodyWithOffenceDates.violations()).containsExactly(
                new Violation("custody_start_date", "is required"), new Violation("custody_reason", "is required"),
                new Violation("offence_date", "is only given for PROVEN_OFFENCE events"));
        assertThat(offence(null).violations()).containsExactly(new Violation("outcome_date", "is required"));
        assertThat(offence(LocalDate.of(2025, 1, 31)).violations())
                .containsExactly(new Violation("outcome_date", "is before the offence_date"));
        assertThat(new ReoffendingEventDetails("E-3", "A1234BC", ReoffendingEventType.CUSTODY, null, null,
                LocalDate.of(2026, 7, 1), CustodyReturnKind.RECALL, EXTRACT).violations())
                .containsExactly(new Violation("custody_start_date", "is after the extract_date"));
        assertThatThrownBy(() -> new ReoffendingEvent(offence(null), 7, MONDAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherEventIsNotAnUpdate() {
        ReoffendingEvent event = new ReoffendingEvent(offence(LocalDate.of(2025, 4, 1)), 7, MONDAY);
        ReoffendingEventDetails other = new ReoffendingEventDetails("E-9", "A1234BC",
                ReoffendingEventType.PROVEN_OFFENCE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), null, null,
                EXTRACT);

        assertThatThrownBy(() -> event.update(other, 8, TUESDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Found by ImportFuzzIT: an identifier with a NUL or another control character was kept (PostgreSQL refuses a NUL). */
    @Test
    void identifiersWithControlCharactersAreRefused() {
        ReoffendingEventDetails garbled = new ReoffendingEventDetails("E-\u0000", "A1\u00072BC",
                ReoffendingEventType.PROVEN_OFFENCE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), null, null,
                EXTRACT);

        assertThat(garbled.violations()).containsExactly(new Violation("event_id", "contains control characters"),
                new Violation("justice_id", "contains control characters"));
    }
}
