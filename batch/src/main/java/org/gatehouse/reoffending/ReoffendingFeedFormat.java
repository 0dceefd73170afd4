package org.gatehouse.reoffending;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.csv.CsvFile;
import org.gatehouse.csv.CsvValues;
import org.gatehouse.platform.Violation;

/** The reoffending feed file of FORMATS.md §2: its columns and how a row's text becomes an event. */
public final class ReoffendingFeedFormat {

    public static final String EVENT_ID = "event_id";
    public static final String EXTRACT_DATE = "extract_date";
    public static final Set<String> REQUIRED = Set.of(EVENT_ID, "justice_id", "event_type", EXTRACT_DATE);
    public static final Set<String> OPTIONAL = Set.of("offence_date", "outcome_date", "custody_start_date",
            "custody_reason");

    private ReoffendingFeedFormat() {
    }

    public static CsvFile file(byte[] content) {
        return new CsvFile(content, REQUIRED, OPTIONAL);
    }

    /** The row's event, or every reason it cannot be kept (unreadable values and broken rules together). */
    public static FeedRow parse(long line, Map<String, String> values) {
        List<Violation> violations = new ArrayList<>();
        ReoffendingEventDetails event = new ReoffendingEventDetails(
                values.get(EVENT_ID),
                values.get("justice_id"),
                CsvValues.code(ReoffendingEventType.class, values, "event_type", violations),
                CsvValues.date(values, "offence_date", violations),
                CsvValues.date(values, "outcome_date", violations),
                CsvValues.date(values, "custody_start_date", violations),
                CsvValues.code(CustodyReturnKind.class, values, "custody_reason", violations),
                CsvValues.date(values, EXTRACT_DATE, violations));
        // a value that could not be read is also "required" to the rules: name it once, as unreadable
        event.violations().stream()
                .filter(v -> violations.stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            return FeedRow.rejected(line, event.eventId(), violations.stream().map(Violation::toString)
                    .distinct().reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return FeedRow.accepted(line, event);
    }
}
