package org.gatehouse.participantimport;

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
import org.gatehouse.csv.CsvFile;
import org.gatehouse.csv.CsvValues;
import org.gatehouse.platform.Violation;

/** The participant import file of FORMATS.md §1: its columns and how a row's text becomes details. */
public final class ParticipantCsvFormat {

    public static final Set<String> REQUIRED = Set.of("external_ref", "justice_id", "given_name", "family_name",
            "date_of_birth", "gender", "region", "prison", "program", "referral_date", "expected_release_date");
    public static final Set<String> OPTIONAL = Set.of("indigenous_status", "actual_release_date", "vulnerabilities",
            "exit_date", "exit_type");

    private ParticipantCsvFormat() {
    }

    /** An uploaded participant file, to read row by row. */
    public static CsvFile file(byte[] content) {
        return new CsvFile(content, REQUIRED, OPTIONAL);
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
                CsvValues.date(values, "date_of_birth", violations),
                CsvValues.code(Gender.class, values, "gender", violations),
                CsvValues.code(IndigenousStatus.class, values, "indigenous_status", violations),
                values.get("region"),
                values.get("prison"),
                values.get("program"),
                CsvValues.date(values, "referral_date", violations),
                CsvValues.date(values, "expected_release_date", violations),
                CsvValues.date(values, "actual_release_date", violations),
                vulnerabilities(values.get("vulnerabilities"), violations),
                CsvValues.date(values, "exit_date", violations),
                CsvValues.code(ExitType.class, values, "exit_type", violations));
        return new ParsedRow(details, violations);
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
