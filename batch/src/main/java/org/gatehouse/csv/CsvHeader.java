package org.gatehouse.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of an interchange file checked against the columns its format allows: column
 * order is free, names are matched ignoring case and surrounding blanks, unknown, repeated and
 * missing required columns are refused (FORMATS.md).
 */
public final class CsvHeader {

    private final List<String> columns;
    private final List<String> problems;

    private CsvHeader(List<String> columns, List<String> problems) {
        this.columns = columns;
        this.problems = problems;
    }

    public static CsvHeader of(CsvRecord header, Set<String> required, Set<String> optional) {
        List<String> problems = new ArrayList<>();
        if (!header.isReadable()) {
            problems.add("the header row cannot be read: " + header.problem());
            return new CsvHeader(List.of(), problems);
        }
        List<String> columns = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String column : columns) {
            if (seen.merge(column, 1, Integer::sum) == 2) {
                repeated.add(column);
            }
            if (!required.contains(column) && !optional.contains(column) && !unknown.contains(column)) {
                unknown.add(column);
            }
        }
        List<String> missing = required.stream().filter(c -> !seen.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            problems.add("the header lacks required column(s): " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problems.add("the header has unknown column(s): "
                    + String.join(", ", unknown.stream().map(c -> c.isEmpty() ? "(blank)" : c).toList()));
        }
        if (!repeated.isEmpty()) {
            problems.add("the header repeats column(s): " + String.join(", ", repeated));
        }
        return new CsvHeader(columns, problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Why the file cannot be imported, or empty. */
    public String problem() {
        return String.join("; ", problems);
    }

    /**
     * The record's values by column name (empty fields as empty strings).
     *
     * @throws IllegalArgumentException if its field count differs from the header's
     */
    public Map<String, String> values(CsvRecord record) {
        if (record.fields().size() != columns.size()) {
            throw new IllegalArgumentException("the row has " + record.fields().size() + " field(s); the header has "
                    + columns.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), record.fields().get(i));
        }
        return values;
    }
}
