package org.gatehouse.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gatehouse.platform.Violation;

/**
 * The commissioners' figures of one dashboard as published: the counts of every cell that sets at
 * most {@value #MOST_DIMENSIONS} of its dimensions (the others {@link Suppression#ALL}), under each
 * lead key (a release cohort; a service level and month), with small cells withheld once, over all
 * of them together ({@link Suppression}). Every commissioner's request is answered from these
 * cells and never from a query of its own: a filter and a breakdown pick cells, a range of months
 * adds them up (withheld wherever a month is), so no two requests can be subtracted to give a
 * figure the table withholds, and the §3 export and the screens withhold the same cells.
 */
public final class PublishedTable {

    /** A commissioner's request sets at most one dimension and breaks down by one more. */
    public static final int MOST_DIMENSIONS = 2;
    /** The usual period within a lead: the months of a quarter. */
    public static final String MONTH = "MONTH";

    private final List<String> dimensions;
    /** The period dimension (the first), which a cell may set besides the others; null for none. */
    private final String period;
    private final Set<String> columns;
    private final Map<List<String>, Suppression.Suppressed> cells;
    private final Map<List<String>, Map<String, Long>> sums;
    /** The values each cell breaks down into: (cell key, dimension position) to the values there. */
    private final Map<List<Object>, Set<String>> children;
    private final List<List<String>> leads;

    private PublishedTable(List<String> dimensions, String period, Set<String> columns,
                           Map<List<String>, Suppression.Suppressed> cells, Map<List<String>, Map<String, Long>> sums,
                           int leadSize) {
        this.dimensions = dimensions;
        this.period = period;
        this.columns = columns;
        this.cells = cells;
        this.sums = sums;
        this.children = new HashMap<>();
        Set<List<String>> leadKeys = new TreeSet<>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
        for (List<String> key : cells.keySet()) {
            leadKeys.add(key.subList(0, leadSize));
            for (int position = leadSize; position < key.size(); position++) {
                if (!Suppression.ALL.equals(key.get(position))) {
                    List<String> parent = new ArrayList<>(key);
                    parent.set(position, Suppression.ALL);
                    children.computeIfAbsent(List.of(parent, position), k -> new TreeSet<>()).add(key.get(position));
                }
            }
        }
        this.leads = List.copyOf(leadKeys);
    }

    /**
     * A line of an answer: a group (or {@link Suppression#ALL}) under a lead, its counts as
     * commissioners see them, and sums that are never shown themselves (days, for means) but from
     * which a caller derives figures where the counts allow.
     */
    public record Line(List<String> lead, String group, Suppression.Suppressed counts, Map<String, Long> sums) {

        public Long count(String column) {
            return counts.count(column);
        }

        public long sum(String column) {
            return sums.getOrDefault(column, 0L);
        }
    }

    /** Every cell as published (for checks of the whole table). */
    Collection<Suppression.Suppressed> cells() {
        return cells.values();
    }

    /** The cell under {@code key} as published, or null where nobody is in it. */
    Suppression.Suppressed cell(List<String> key) {
        return cells.get(key);
    }

    /** Whether anybody is counted in the cell of the {@code fixed} dimensions under {@code lead}. */
    public boolean holds(List<String> lead, Map<String, String> fixed) {
        return cells.containsKey(key(lead, fixed));
    }

    /** The lead keys the table holds, in order. */
    public List<List<String>> leads() {
        return leads;
    }

    /**
     * The lines answering a request under one lead: a line per value of {@code breakdown} (null:
     * none) where the {@code fixed} dimensions hold, in order, then their total (the cell of the
     * fixed dimensions alone). Give at most one fixed dimension ({@link #oneFilter}) besides the
     * period.
     */
    public List<Line> lines(List<String> lead, Map<String, String> fixed, String breakdown) {
        List<String> total = key(lead, fixed);
        Set<String> set = new HashSet<>(fixed.keySet());
        if (breakdown != null) {
            set.add(breakdown);
        }
        set.remove(period);
        if (set.size() > MOST_DIMENSIONS) {
            throw new IllegalArgumentException("no cells set " + set + ": at most " + MOST_DIMENSIONS
                    + " dimensions besides the period");
        }
        List<Line> lines = new ArrayList<>();
        if (breakdown != null) {
            int position = lead.size() + position(breakdown);
            Collection<String> groups = fixed.containsKey(breakdown) ? List.of(fixed.get(breakdown))
                    : children.getOrDefault(List.of(total, position), Set.of());
            for (String group : groups) {
                List<String> key = new ArrayList<>(total);
                key.set(position, group);
                lines.add(line(lead, group, key));
            }
        }
        lines.add(line(lead, Suppression.ALL, total));
        return lines;
    }

    /**
     * Lines of several leads added up under one (months into a range): a count withheld wherever
     * one of its parts is; in the order first met.
     */
    public static List<Line> added(List<Line> lines, Function<List<String>, List<String>> into) {
        Map<List<Object>, List<Line>> parts = new LinkedHashMap<>();
        for (Line line : lines) {
            parts.computeIfAbsent(List.of(into.apply(line.lead()), line.group()), k -> new ArrayList<>()).add(line);
        }
        List<Line> added = new ArrayList<>();
        parts.forEach((key, group) -> {
            List<String> lead = into.apply(group.get(0).lead());
            String name = group.get(0).group();
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> sums = new HashMap<>();
            boolean suppressed = false;
            for (Line part : group) {
                suppressed |= part.counts().suppressed();
                part.counts().counts().forEach((column, value) -> {
                    Long before = counts.containsKey(column) ? counts.get(column) : Long.valueOf(0);
                    counts.put(column, before == null || value == null ? null : before + value);
                });
                part.sums().forEach((column, value) -> sums.merge(column, value, Long::sum));
            }
            List<String> cellKey = new ArrayList<>(lead);
            cellKey.add(name);
            added.add(new Line(lead, name, new Suppression.Suppressed(cellKey, Collections.unmodifiableMap(counts),
                    suppressed), sums));
        });
        return added;
    }

    /**
     * Refuses a request that sets more than one dimension besides its dates: the table holds no
     * cell for it. {@code fields} names each filter field by its value (null: not set), in order.
     */
    public static List<Violation> oneFilter(Map<String, String> fields) {
        List<Violation> violations = new ArrayList<>();
        String first = null;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            if (first == null) {
                first = field.getKey();
            } else {
                violations.add(new Violation(field.getKey(), "commissioners' figures take one filter at a time "
                        + "besides the dates (" + first + " is set): clear one, or break the figures down by it"));
            }
        }
        return violations;
    }

    private Line line(List<String> lead, String group, List<String> key) {
        Suppression.Suppressed counts = cells.get(key);
        if (counts == null) {
            // nobody in the cell: every count is 0, which is shown
            Map<String, Long> zeros = new LinkedHashMap<>();
            columns.forEach(c -> zeros.put(c, 0L));
            counts = new Suppression.Suppressed(key, zeros, false);
        }
        return new Line(lead, group, counts, sums.getOrDefault(key, Map.of()));
    }

    private List<String> key(List<String> lead, Map<String, String> fixed) {
        List<String> key = new ArrayList<>(lead);
        for (String dimension : dimensions) {
            key.add(fixed.getOrDefault(dimension, Suppression.ALL));
        }
        fixed.keySet().forEach(this::position);
        return key;
    }

    private int position(String dimension) {
        int position = dimensions.indexOf(dimension);
        if (position < 0) {
            throw new IllegalArgumentException("no dimension " + dimension + " in " + dimensions);
        }
        return position;
    }

    /** Adds up records into the cells, then publishes them suppressed. */
    public static final class Builder {

        private final List<String> dimensions;
        private final String period;
        private final Map<List<String>, Map<String, Long>> counts = new HashMap<>();
        private final Map<List<String>, Map<String, Long>> sums = new HashMap<>();
        private final Set<String> columns = new LinkedHashSet<>();
        private int leadSize = -1;

        public Builder(List<String> dimensions) {
            this(null, dimensions);
        }

        /**
         * A table whose cells also split their lead by {@code period} (the months of a quarter), set
         * or not besides at most {@value #MOST_DIMENSIONS} of {@code dimensions}: the lead's total
         * and its parts are then suppressed together, so both can be published.
         */
        public Builder(String period, List<String> dimensions) {
            List<String> all = new ArrayList<>();
            if (period != null) {
                all.add(period);
            }
            all.addAll(dimensions);
            this.dimensions = List.copyOf(all);
            this.period = period;
        }

        /**
         * Adds one record (a cohort member; a month's facts of one enrolment place) to every cell it
         * falls in: its value in each dimension (a record with several values there, such as a
         * member's vulnerabilities, is in each of those cells once), its counts and its sums.
         */
        public Builder add(List<String> lead, List<? extends Collection<String>> values, Map<String, Long> recordCounts,
                           Map<String, Long> recordSums) {
            if (values.size() != dimensions.size()) {
                throw new IllegalArgumentException("values for " + dimensions + ", not " + values);
            }
            if (leadSize < 0) {
                leadSize = lead.size();
            }
            columns.addAll(recordCounts.keySet());
            List<List<String>> distinct = values.stream().map(v -> List.copyOf(new LinkedHashSet<>(v))).toList();
            int first = period == null ? 0 : 1;
            List<List<Integer>> sets = new ArrayList<>();
            sets.add(List.of());
            for (int i = first; i < dimensions.size(); i++) {
                sets.add(List.of(i));
                for (int j = i + 1; j < dimensions.size(); j++) {
                    sets.add(List.of(i, j));
                }
            }
            for (List<Integer> set : sets) {
                add(lead, set, distinct, recordCounts, recordSums);
                if (period != null) {
                    List<Integer> withPeriod = new ArrayList<>(set);
                    withPeriod.add(0, 0);
                    add(lead, withPeriod, distinct, recordCounts, recordSums);
                }
            }
            return this;
        }

        private void add(List<String> lead, List<Integer> set, List<List<String>> values, Map<String, Long> recordCounts,
                         Map<String, Long> recordSums) {
            List<List<String>> keys = List.of(keyOf(lead));
            for (int position : set) {
                List<List<String>> more = new ArrayList<>();
                for (List<String> key : keys) {
                    for (String value : values.get(position)) {
                        List<String> next = new ArrayList<>(key);
                        next.set(lead.size() + position, value);
                        more.add(next);
                    }
                }
                keys = more;
            }
            for (List<String> key : keys) {
                Map<String, Long> cell = counts.computeIfAbsent(key, k -> new HashMap<>());
                recordCounts.forEach((column, value) -> cell.merge(column, value, Long::sum));
                if (!recordSums.isEmpty()) {
                    Map<String, Long> sum = sums.computeIfAbsent(key, k -> new HashMap<>());
                    recordSums.forEach((column, value) -> sum.merge(column, value, Long::sum));
                }
            }
        }

        private List<String> keyOf(List<String> lead) {
            List<String> key = new ArrayList<>(lead);
            dimensions.forEach(d -> key.add(Suppression.ALL));
            return key;
        }

        /** The cells, suppressed once together below {@code threshold}, keeping the rows' identities. */
        public PublishedTable build(int threshold, List<Suppression.RowIdentity> identities) {
            return build(threshold, identities, Set.of());
        }

        /** As {@link #build(int, List)}, withholding the {@code forced} counts too (those another table withholds). */
        public PublishedTable build(int threshold, List<Suppression.RowIdentity> identities,
                                    Set<Suppression.Withheld> forced) {
            // no sum crosses a lead (a cohort, a month): each lead's cells are suppressed on their own
            int lead = Math.max(leadSize, 0);
            Map<List<String>, List<Suppression.CountRow>> byLead = new HashMap<>();
            counts.entrySet().stream().sorted(Comparator.comparing(e -> String.join("\u0000", e.getKey())))
                    .forEach(e -> byLead.computeIfAbsent(e.getKey().subList(0, lead), k -> new ArrayList<>())
                            .add(new Suppression.CountRow(e.getKey(), e.getValue())));
            Map<List<String>, Suppression.Suppressed> cells = new HashMap<>();
            for (List<Suppression.CountRow> rows : byLead.values()) {
                for (Suppression.Suppressed cell : Suppression.apply(rows, threshold, identities, forced)) {
                    cells.put(cell.key(), cell);
                }
            }
            return new PublishedTable(dimensions, period, Set.copyOf(columns), cells, sums, Math.max(leadSize, 0));
        }
    }
}
