package org.gatehouse.dashboards;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gatehouse.agency.Codes;
import org.gatehouse.platform.Violation;

/** What the dashboards' filters and breakdowns share: text as a link gives it, codes, named choices. */
final class FilterFields {

    private FilterFields() {
    }

    /** The text stripped; null for none or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses a value that is not a code (agency, program, region). */
    static void code(List<Violation> violations, String field, String value) {
        if (value != null && !Codes.isValid(value)) {
            violations.add(new Violation(field, Codes.RULE));
        }
    }

    /** The constant a link names (blank: {@code blank}); empty when it names none. */
    static <E extends Enum<E>> Optional<E> named(E[] values, E blank, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(blank);
        }
        return Arrays.stream(values).filter(b -> b.name().equals(text.strip())).findFirst();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
