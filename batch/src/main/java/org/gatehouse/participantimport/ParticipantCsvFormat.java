package org.gatehouse.participantimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/** The participant import file of FORMATS.md §1: its columns and how a row's text becomes details. */
public final class ParticipantCsvFormat {

    public static final Set<String> REQUIRED = Set.of("external_ref", "justice_id", "given_name", "family_name",
            "date_of_birth", "gender", "region", "prison", "program", "referral_date", "expected_release_date");
    public static final Set<String> OPTIONAL = Set.of("indigenous_status", "actual_release_date", "vulnerabilities",
            "exit_date", "exit_type");

    private ParticipantCsvFormat() {
    }

    /** A row read into details, with whatever could not be read (bad dates, unknown codes). */
    public record ParsedRow(ParticipantDetails details, List<Violation> violations) {
    }

    public static ParsedRow parse(Map<String, String> values) {
        List<Violation> violations = new ArrayList<>();
        ParticipantDetails details = new ParticipantDetails(
                values.get("external_ref"),
                values.get("justice_id"),
                values.get("given_name"),
                values.get("family_name"),
                date(values, "date_of_birth", violations),
                code(Gender.class, values, "gender", violations),
                code(IndigenousStatus.class, values, "indigenous_status", violations),
                values.get("region"),
                values.get("prison"),
                values.get("program"),
                date(values, "referral_date", violations),
                date(values, "expected_release_date", violations),
                date(values, "actual_release_date", violations),
                vulnerabilities(values.get("vulnerabilities"), violations),
                date(values, "exit_date", violations),
                code(ExitType.class, values, "exit_type", violations));
        return new ParsedRow(details, violations);
    }

    private static LocalDate date(Map<String, String> values, String column, List<Violation> violations) {
        String text = Texts.strippedOrNull(values.get(column));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(column, "'" + text + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, Map<String, String> values, String column,
                                              List<Violation> violations) {
        String text = Texts.strippedOrNull(values.get(column));
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(column, "'" + text + "' is not one of " + EnumSet.allOf(type)));
            return null;
        }
    }

    private static Set<Vulnerability> vulnerabilities(String text, List<Violation> violations) {
        Set<Vulnerability> result = EnumSet.noneOf(Vulnerability.class);
        if (text == null) {
            return result;
        }
        for (String part : text.split(";")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            try {
                result.add(Vulnerability.valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("vulnerabilities", "'" + code + "' is not one of "
                        + EnumSet.allOf(Vulnerability.class)));
            }
        }
        return result;
    }
}
