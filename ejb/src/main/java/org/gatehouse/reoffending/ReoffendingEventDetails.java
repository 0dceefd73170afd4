package org.gatehouse.reoffending;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Violation;

/**
 * One event of the reoffending feed as read from a row, before it is checked. The justice id is
 * kept upper case and stripped, as participants are matched to it without regard to case.
 */
public record ReoffendingEventDetails(String eventId, String justiceId, ReoffendingEventType type,
                                      LocalDate offenceDate, LocalDate outcomeDate, LocalDate custodyStartDate,
                                      CustodyReturnKind custodyReason, LocalDate extractDate) {

    public static final int MAX_EVENT_ID = 64;
    public static final int MAX_JUSTICE_ID = 32;

    public ReoffendingEventDetails {
        eventId = eventId == null || eventId.isBlank() ? null : eventId.strip();
        justiceId = justiceId == null || justiceId.isBlank() ? null : justiceId.strip().toUpperCase(Locale.ROOT);
    }

    /** What breaks the format's rules, column by column; empty when the event can be kept. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        required(violations, "event_id", eventId);
        required(violations, "justice_id", justiceId);
        required(violations, "event_type", type);
        required(violations, "extract_date", extractDate);
        Checks.line(violations, "event_id", eventId, MAX_EVENT_ID, false);
        Checks.line(violations, "justice_id", justiceId, MAX_JUSTICE_ID, false);
        if (type == ReoffendingEventType.PROVEN_OFFENCE) {
            required(violations, "offence_date", offenceDate);
            required(violations, "outcome_date", outcomeDate);
            if (offenceDate != null && outcomeDate != null && outcomeDate.isBefore(offenceDate)) {
                violations.add(new Violation("outcome_date", "is before the offence_date"));
            }
            onlyFor(violations, "custody_start_date", custodyStartDate, ReoffendingEventType.CUSTODY);
            onlyFor(violations, "custody_reason", custodyReason, ReoffendingEventType.CUSTODY);
        } else if (type == ReoffendingEventType.CUSTODY) {
            required(violations, "custody_start_date", custodyStartDate);
            required(violations, "custody_reason", custodyReason);
            onlyFor(violations, "offence_date", offenceDate, ReoffendingEventType.PROVEN_OFFENCE);
            onlyFor(violations, "outcome_date", outcomeDate, ReoffendingEventType.PROVEN_OFFENCE);
        }
        if (extractDate != null) {
            notAfterExtract(violations, "offence_date", offenceDate);
            notAfterExtract(violations, "outcome_date", outcomeDate);
            notAfterExtract(violations, "custody_start_date", custodyStartDate);
        }
        return violations;
    }

    private static void required(List<Violation> violations, String column, Object value) {
        if (value == null) {
            violations.add(new Violation(column, "is required"));
        }
    }

    private static void onlyFor(List<Violation> violations, String column, Object value, ReoffendingEventType type) {
        if (value != null) {
            violations.add(new Violation(column, "is only given for " + type + " events"));
        }
    }

    private void notAfterExtract(List<Violation> violations, String column, LocalDate day) {
        if (day != null && day.isAfter(extractDate)) {
            violations.add(new Violation(column, "is after the extract_date"));
        }
    }
}
