package org.gatehouse.reoffending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.csv.CsvFile;
import org.junit.jupiter.api.Test;

class ReoffendingFeedFormatTest {

    private static Map<String, String> custody() {
        Map<String, String> row = new HashMap<>();
        row.put("event_id", "E-1");
        row.put("justice_id", "a1234bc");
        row.put("event_type", "custody");
        row.put("offence_date", "");
        row.put("outcome_date", "");
        row.put("custody_start_date", "2025-05-01");
        row.put("custody_reason", "recall");
        row.put("extract_date", "2026-06-30");
        return row;
    }

    @Test
    void aRowInAnyCaseBecomesItsEvent() {
        FeedRow row = ReoffendingFeedFormat.parse(2, custody());

        assertThat(row.isRejected()).isFalse();
        assertThat(row.event()).isEqualTo(new ReoffendingEventDetails("E-1", "A1234BC", ReoffendingEventType.CUSTODY,
                null, null, LocalDate.of(2025, 5, 1), CustodyReturnKind.RECALL, LocalDate.of(2026, 6, 30)));
    }

    @Test
    void anUnreadableValueIsNamedOnceWithEveryOtherProblem() {
        Map<String, String> values = custody();
        values.put("custody_start_date", "01/05/2025");
        values.put("custody_reason", "PAROLE");
        values.put("justice_id", " ");

        FeedRow row = ReoffendingFeedFormat.parse(3, values);

        assertThat(row.line()).isEqualTo(3);
        assertThat(row.eventId()).isEqualTo("E-1");
        assertThat(row.rejection()).isEqualTo("custody_start_date: '01/05/2025' is not a date in the form YYYY-MM-DD; "
                + "custody_reason: 'PAROLE' is not one of [RECALL, REMAND, NEW_SENTENCE]; justice_id: is required");
    }

    @Test
    void theHeaderNeedsTheRequiredColumnsAndNoUnknownOne() {
        CsvFile missing = ReoffendingFeedFormat.file("event_id,justice_id,extract_date\r\n"
                .getBytes(StandardCharsets.UTF_8));
        CsvFile unknown = ReoffendingFeedFormat.file("event_id,justice_id,event_type,extract_date,name\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(missing.fileProblem()).contains("event_type");
        assertThat(unknown.fileProblem()).contains("name");
        assertThat(ReoffendingFeedFormat.file(new byte[0]).fileProblem()).isEqualTo(CsvFile.EMPTY);
    }
}
