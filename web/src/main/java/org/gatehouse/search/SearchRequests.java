package org.gatehouse.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/**
 * A search as the screen and the API receive it (text), turned into a {@link NoteQuery}; every
 * value that cannot be read is named (the numbers too: a bad one is a clear 422, not a bare 404).
 * {@code pathway} takes the pathways' names and {@code GENERAL}.
 */
public record SearchRequests(String text, List<String> pathways, List<String> sensitivities, String author,
                             String from, String to, String program, String sort, String page, String size) {

    /** The first page of cases, and how many a page holds, when none is asked for. */
    public static final int FIRST_PAGE = 0;
    public static final int CASES_PER_PAGE = 20;

    public NoteQuery toQuery() {
        List<Violation> violations = new ArrayList<>();
        Set<Pathway> chosen = EnumSet.noneOf(Pathway.class);
        boolean general = false;
        for (String name : pathways == null ? List.<String>of() : pathways) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (name.strip().equalsIgnoreCase("GENERAL")) {
                general = true;
            } else {
                try {
                    chosen.add(Pathway.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("pathway", "must be GENERAL or one of "
                            + Arrays.toString(Pathway.values())));
                }
            }
        }
        Set<Sensitivity> levels = EnumSet.noneOf(Sensitivity.class);
        for (String name : sensitivities == null ? List.<String>of() : sensitivities) {
            if (name != null && !name.isBlank()) {
                try {
                    levels.add(Sensitivity.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("sensitivity", "must be one of "
                            + Arrays.toString(Sensitivity.values())));
                }
            }
        }
        LocalDate first = day(violations, "from", from);
        LocalDate last = day(violations, "to", to);
        boolean newest = "newest".equalsIgnoreCase(sort);
        if (sort != null && !sort.isBlank() && !newest && !"relevance".equalsIgnoreCase(sort)) {
            violations.add(new Violation("sort", "must be relevance or newest"));
        }
        int pageNumber = number(violations, "page", page, FIRST_PAGE);
        int pageSize = number(violations, "size", size, CASES_PER_PAGE);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new NoteQuery(text, chosen, general, blankToNull(author), first, last, blankToNull(program), levels,
                newest, pageNumber, pageSize);
    }

    private static LocalDate day(List<Violation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date like 2026-11-23"));
            return null;
        }
    }

    private static int number(List<Violation> violations, String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be a whole number"));
            return absent;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
