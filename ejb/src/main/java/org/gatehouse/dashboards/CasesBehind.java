package org.gatehouse.dashboards;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/**
 * The drill-down of an agency's own dashboard: the cases behind a line (released in its cohort's
 * quarter or its months, of its program, region, gender, status or vulnerability), read from the
 * cases as the caller may see them, so an agency's case staff only, and never a commissioner
 * (who has no agency); the warehouse's keys play no part.
 */
@Stateless
public class CasesBehind {

    /** The most cases one drill-down lists. */
    public static final int MOST = 500;

    @Inject
    private ParticipantRegistry registry;

    /** The cases, in release order (either date blank: open there); refused by field for a wrong date or value. */
    public List<Participant> cases(String releasedFrom, String releasedTo, String program, String region,
                                   String gender, String indigenousStatus, String vulnerability) {
        List<Violation> violations = new ArrayList<>();
        LocalDate from = day(violations, "releasedFrom", releasedFrom);
        LocalDate to = day(violations, "releasedTo", releasedTo);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("releasedTo", "must not be before " + from));
        }
        FilterFields.code(violations, "program", FilterFields.blankToNull(program));
        FilterFields.code(violations, "region", FilterFields.blankToNull(region));
        Gender g = value(violations, "gender", gender, Gender.class);
        IndigenousStatus status = value(violations, "indigenousStatus", indigenousStatus, IndigenousStatus.class);
        Vulnerability v = value(violations, "vulnerability", vulnerability, Vulnerability.class);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return registry.releasedBetween(from, to, new ParticipantFilter(null, null, null, null,
                FilterFields.blankToNull(region), FilterFields.blankToNull(program)), g, status, v, MOST);
    }

    /** The day the text gives; null for none (an open end). */
    private static LocalDate day(List<Violation> violations, String field, String text) {
        if (FilterFields.blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date such as 2025-01-31"));
            return null;
        }
    }

    private static <E extends Enum<E>> E value(List<Violation> violations, String field, String text, Class<E> type) {
        String value = FilterFields.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "must be one of " + FilterFields.names(type.getEnumConstants())));
            return null;
        }
    }
}
