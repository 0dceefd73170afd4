package org.gatehouse.dashboards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small-cell suppression for the commissioners' figures, exactly as FORMATS.md §3 says. Rows of
 * counts sit under keys of dimension values, {@link #ALL} marking a total over that dimension (a
 * row whose other values are equal and whose value there is not ALL adds up to it).
 * <ul>
 * <li><b>Primary</b>: a count from 1 to threshold − 1 is withheld (0 is shown).</li>
 * <li><b>Secondary</b>: among the rows that add up to one total, if exactly one withholds a column,
 * the sibling with the smallest non-zero value still shown in that column withholds it too (ties:
 * the first in key order). Repeated until nothing changes, since a new withheld cell can leave
 * another total's rows with exactly one.</li>
 * </ul>
 * Figures derived from counts (rates, intervals, means) are the caller's: shown only where every
 * count they come from is shown and their denominator is at least the threshold
 * ({@link Suppressed#showsRatio}).
 */
public final class Suppression {

    public static final String ALL = "ALL";
    /** FORMATS.md §3's default: counts below 5 are withheld. */
    public static final int DEFAULT_THRESHOLD = 5;

    private Suppression() {
    }

    /** A row of counts under its key. */
    public record CountRow(List<String> key, Map<String, Long> counts) {

        public CountRow {
            key = List.copyOf(key);
            counts = Map.copyOf(counts);
        }
    }

    /** A row as commissioners may see it: a withheld count is absent ({@code null}). */
    public record Suppressed(List<String> key, Map<String, Long> counts, boolean suppressed) {

        /** The count, or null where withheld. */
        public Long count(String column) {
            return counts.get(column);
        }

        /** Whether a ratio of these two counts may be shown: both shown, the denominator at least the threshold. */
        public boolean showsRatio(String numerator, String denominator, int threshold) {
            Long n = counts.get(numerator);
            Long d = counts.get(denominator);
            return n != null && d != null && d >= threshold;
        }
    }

    /** The rows in their order, with primary and secondary suppression applied to every column. */
    public static List<Suppressed> apply(List<CountRow> rows, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, not " + threshold);
        }
        List<Map<String, Long>> shown = new ArrayList<>();
        List<Boolean> any = new ArrayList<>();
        for (CountRow row : rows) {
            Map<String, Long> counts = new LinkedHashMap<>();
            boolean withheld = false;
            for (Map.Entry<String, Long> count : new TreeMap<>(row.counts()).entrySet()) {
                boolean small = count.getValue() != null && count.getValue() > 0 && count.getValue() < threshold;
                counts.put(count.getKey(), small ? null : count.getValue());
                withheld |= small;
            }
            shown.add(counts);
            any.add(withheld);
        }
        List<List<Integer>> groups = groups(rows);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> group : groups) {
                for (String column : columns(rows, group)) {
                    List<Integer> withheld = group.stream().filter(i -> isWithheld(rows, shown, i, column)).toList();
                    if (withheld.size() != 1) {
                        continue;
                    }
                    Integer sibling = group.stream()
                            .filter(i -> shown.get(i).get(column) != null && shown.get(i).get(column) > 0)
                            .min(Comparator.comparing((Integer i) -> shown.get(i).get(column))
                                    .thenComparing(group::indexOf))
                            .orElse(null);
                    if (sibling != null) {
                        shown.get(sibling).put(column, null);
                        any.set(sibling, true);
                        changed = true;
                    }
                }
            }
        }
        List<Suppressed> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(new Suppressed(rows.get(i).key(), Collections.unmodifiableMap(shown.get(i)),
                    any.get(i)));
        }
        return result;
    }

    private static boolean isWithheld(List<CountRow> rows, List<Map<String, Long>> shown, int i, String column) {
        return rows.get(i).counts().get(column) != null && shown.get(i).get(column) == null;
    }

    private static List<String> columns(List<CountRow> rows, List<Integer> group) {
        return group.stream().flatMap(i -> rows.get(i).counts().keySet().stream()).distinct().sorted().toList();
    }

    /**
     * For every total and every dimension it totals over, the rows (by index, in key order) that add
     * up to it: equal keys elsewhere, a value other than ALL there.
     */
    private static List<List<Integer>> groups(List<CountRow> rows) {
        Map<List<Object>, List<Integer>> byTotal = new LinkedHashMap<>();
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (index.put(rows.get(i).key(), i) != null) {
                throw new IllegalArgumentException("two rows under the key " + rows.get(i).key());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> key = rows.get(i).key();
            for (int position = 0; position < key.size(); position++) {
                if (ALL.equals(key.get(position))) {
                    continue;
                }
                List<String> total = new ArrayList<>(key);
                total.set(position, ALL);
                if (index.containsKey(total)) {
                    byTotal.computeIfAbsent(List.of(total, position), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> members : byTotal.values()) {
            members.sort(Comparator.comparing((Integer i) -> String.join("\u0000", rows.get(i).key())));
            groups.add(List.copyOf(members));
        }
        return groups;
    }
}
