package org.gatehouse.dashboards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small-cell suppression for the commissioners' figures, exactly as FORMATS.md §3 says, and closed
 * against the subtractions §3's wording leaves open. Rows of counts sit under keys of dimension
 * values, {@link #ALL} marking a total over that dimension (a row whose other values are equal and
 * whose value there is not ALL adds up to it); a {@link RowIdentity} says that within a row one
 * column is the sum of others (members = measurable + not yet measurable).
 * <ul>
 * <li><b>Primary</b>: a count from 1 to threshold − 1 is withheld (0 is shown).</li>
 * <li><b>Secondary</b>, for every sum (a total and its parts, across rows or within a row): if
 * exactly one part withholds a count, the part with the smallest non-zero count still shown
 * withholds it too (ties: the first in key order), or the total where no such part is left; if the
 * total withholds a count that no part does, the smallest non-zero part withholds it. Repeated
 * until nothing changes, since a new withheld cell can leave another sum with exactly one.</li>
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

    /** Within every row that has these columns, {@code total} is the sum of {@code parts}. */
    public record RowIdentity(String total, List<String> parts) {

        public RowIdentity {
            parts = List.copyOf(parts);
        }
    }

    /** A count by its row's key and its column. */
    public record Withheld(List<String> key, String column) {

        public Withheld {
            key = List.copyOf(key);
        }
    }

    /** The rows in their order, with primary and secondary suppression applied to every column. */
    public static List<Suppressed> apply(List<CountRow> rows, int threshold) {
        return apply(rows, threshold, List.of(), Set.of());
    }

    /**
     * As {@link #apply(List, int)}, keeping each row's identities too, and withholding the
     * {@code forced} counts from the start as if they were small (counts another table withholds
     * that these rows would otherwise show nearly as they are).
     */
    public static List<Suppressed> apply(List<CountRow> rows, int threshold, List<RowIdentity> identities,
                                         Set<Withheld> forced) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, not " + threshold);
        }
        List<Map<String, Long>> shown = new ArrayList<>();
        for (CountRow row : rows) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Long> count : new TreeMap<>(row.counts()).entrySet()) {
                boolean small = count.getValue() != null && count.getValue() > 0 && count.getValue() < threshold;
                boolean linked = count.getValue() != null && count.getValue() > 0
                        && forced.contains(new Withheld(row.key(), count.getKey()));
                counts.put(count.getKey(), small || linked ? null : count.getValue());
            }
            shown.add(counts);
        }
        Cells cells = new Cells(rows, shown);
        List<Sum> sums = sums(rows, identities);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                changed |= sum.protect(cells);
            }
            if (!changed) {
                // no sum gives a cell away alone; a chain of sums still might: withhold further until none does
                changed = protectChains(sums, cells);
            }
        }
        List<Suppressed> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            boolean withheld = rows.get(i).counts().keySet().stream().anyMatch(c -> cells.withheld(new Cell(row, c)));
            result.add(new Suppressed(rows.get(i).key(), Collections.unmodifiableMap(shown.get(i)), withheld));
        }
        return result;
    }

    /**
     * Finds, in each group of withheld counts linked by sums, the first that the sums combined still
     * determine ({@link DerivableCells}) and withholds the smallest non-zero count shown in a sum it
     * belongs to (or, where none is left there, in any sum touching a withheld count); whether it
     * withheld any.
     */
    private static boolean protectChains(List<Sum> sums, Cells cells) {
        Map<Cell, Integer> variables = new LinkedHashMap<>();
        List<Map<Integer, Integer>> equations = new ArrayList<>();
        for (Sum sum : sums) {
            Map<Integer, Integer> equation = new LinkedHashMap<>();
            if (cells.withheld(sum.total())) {
                equation.put(variables.computeIfAbsent(sum.total(), c -> variables.size()), 1);
            }
            for (Cell part : sum.parts()) {
                if (cells.withheld(part)) {
                    equation.merge(variables.computeIfAbsent(part, c -> variables.size()), -1, Integer::sum);
                }
            }
            equation.values().removeIf(c -> c == 0);
            equations.add(equation);
        }
        List<Integer> determined = DerivableCells.firstDetermined(variables.size(), equations);
        if (determined.isEmpty()) {
            return false;
        }
        List<Cell> byIndex = new ArrayList<>(variables.keySet());
        // one more count withheld per linked group that gives one away (the groups are independent)
        for (int index : determined) {
            Cell pinned = byIndex.get(index);
            Cell partner = smallestShown(sums.stream().filter(s -> s.touches(pinned)).toList(), cells);
            if (partner == null) {
                partner = smallestShown(sums.stream().filter(s -> s.touchesAny(variables.keySet(), cells)).toList(),
                        cells);
            }
            if (partner == null) {
                throw new IllegalStateException("a withheld count is determined and nothing is left to withhold with it");
            }
            cells.withhold(partner);
        }
        return true;
    }

    /** The shown count above zero that is smallest over these sums (ties: the first met), or null. */
    private static Cell smallestShown(List<Sum> sums, Cells cells) {
        Cell smallest = null;
        for (Sum sum : sums) {
            for (Cell cell : sum.cells()) {
                Long value = cells.partner(cell);
                if (value != null && (smallest == null || value < cells.partner(smallest))) {
                    smallest = cell;
                }
            }
        }
        return smallest;
    }

    /** One count: a row (by index) and a column. */
    private record Cell(int row, String column) {
    }

    /** The counts as they stand: withheld where the row has the column but shows none. */
    private record Cells(List<CountRow> rows, List<Map<String, Long>> shown) {

        boolean exists(Cell cell) {
            return rows.get(cell.row()).counts().get(cell.column()) != null;
        }

        boolean withheld(Cell cell) {
            return exists(cell) && shown.get(cell.row()).get(cell.column()) == null;
        }

        /** The count where shown and above zero (one that may be withheld as a partner); else null. */
        Long partner(Cell cell) {
            Long value = shown.get(cell.row()).get(cell.column());
            return value != null && value > 0 ? value : null;
        }

        void withhold(Cell cell) {
            shown.get(cell.row()).put(cell.column(), null);
        }
    }

    /** A total and the parts it is the sum of. */
    private record Sum(Cell total, List<Cell> parts) {

        List<Cell> cells() {
            List<Cell> all = new ArrayList<>(parts);
            all.add(0, total);
            return all;
        }

        boolean touches(Cell cell) {
            return total.equals(cell) || parts.contains(cell);
        }

        boolean touchesAny(Set<Cell> withheld, Cells cells) {
            return cells().stream().anyMatch(c -> withheld.contains(c) && cells.withheld(c));
        }

        /** Withholds one more cell where otherwise a withheld one could be worked out; whether it did. */
        boolean protect(Cells cells) {
            long withheld = parts.stream().filter(cells::withheld).count();
            boolean totalWithheld = cells.withheld(total);
            if (withheld != 1 && !(withheld == 0 && totalWithheld)) {
                return false;
            }
            Cell partner = null;
            for (Cell part : parts) {
                Long value = cells.partner(part);
                if (value != null && (partner == null || value < cells.partner(partner))) {
                    partner = part;
                }
            }
            if (partner == null && withheld == 1 && !totalWithheld && cells.exists(total)) {
                partner = total;
            }
            if (partner == null) {
                return false;
            }
            cells.withhold(partner);
            return true;
        }
    }

    /** Every sum in the rows: of each total over each dimension, column by column; then each row's identities. */
    private static List<Sum> sums(List<CountRow> rows, List<RowIdentity> identities) {
        List<Sum> sums = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : groups(rows)) {
            int total = group.getKey();
            List<String> columns = new ArrayList<>(rows.get(total).counts().keySet());
            group.getValue().forEach(i -> columns.addAll(rows.get(i).counts().keySet()));
            for (String column : columns.stream().distinct().sorted().toList()) {
                sums.add(new Sum(new Cell(total, column),
                        group.getValue().stream().map(i -> new Cell(i, column)).toList()));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (RowIdentity identity : identities) {
                Map<String, Long> counts = rows.get(i).counts();
                if (counts.containsKey(identity.total()) && counts.keySet().containsAll(identity.parts())) {
                    int row = i;
                    sums.add(new Sum(new Cell(i, identity.total()),
                            identity.parts().stream().map(p -> new Cell(row, p)).toList()));
                }
            }
        }
        return sums;
    }

    /**
     * For every total and every dimension it totals over, the total's row and the rows (by index, in
     * key order) that add up to it: equal keys elsewhere, a value other than ALL there.
     */
    private static List<Map.Entry<Integer, List<Integer>>> groups(List<CountRow> rows) {
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
                Integer totalRow = index.get(total);
                if (totalRow != null) {
                    byTotal.computeIfAbsent(List.of(totalRow, position), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Map.Entry<Integer, List<Integer>>> groups = new ArrayList<>();
        byTotal.forEach((total, members) -> {
            members.sort(Comparator.comparing((Integer i) -> String.join("\u0000", rows.get(i).key())));
            groups.add(Map.entry((Integer) total.get(0), List.copyOf(members)));
        });
        return groups;
    }
}
