package org.gatehouse.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/**
 * Reads the typed values of an import row (FORMATS.md: ISO dates, codes in any case, empty means
 * not known); a value that cannot be read is named with its column and the row keeps going, so
 * that one rejection lists every problem.
 */
public final class CsvValues {

    private CsvValues() {
    }

    public static LocalDate date(Map<String, String> values, String column, List<Violation> violations) {
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

    public static <E extends Enum<E>> E code(Class<E> type, Map<String, String> values, String column,
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
}
