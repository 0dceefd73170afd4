package org.gatehouse.dashboards;

import static org.gatehouse.dashboards.Suppression.ALL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' own check, independent of the code under test: which withheld counts of a table of
 * rows with ALL totals the totals pin down exactly (Gaussian elimination over doubles on the
 * equations "total = sum of its rows" of every column, and a row identity where given).
 */
final class Derivable {

    private Derivable() {
    }

    /** Each withheld cell (key and column) that the sums determine. */
    static List<String> cells(Collection<Suppression.Suppressed> rows) {
        return cells(rows, null);
    }

    /** As {@link #cells(Collection)}, each row also holding the identity (total = sum of parts) given. */
    static List<String> cells(Collection<Suppression.Suppressed> rows, Suppression.RowIdentity identity) {
        Map<List<String>, Integer> variable = new LinkedHashMap<>();
        for (Suppression.Suppressed row : rows) {
            row.counts().forEach((column, count) -> {
                if (count == null) {
                    variable.put(cell(row.key(), column), variable.size());
                }
            });
        }
        List<double[]> equations = new ArrayList<>();
        List<String> columns = rows.stream().flatMap(r -> r.counts().keySet().stream()).distinct().toList();
        Map<List<String>, Suppression.Suppressed> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        for (Suppression.Suppressed part : rows) {
            for (int position = 0; position < part.key().size(); position++) {
                if (ALL.equals(part.key().get(position))) {
                    continue;
                }
                List<String> totalKey = new ArrayList<>(part.key());
                totalKey.set(position, ALL);
                if (!byKey.containsKey(totalKey) || !first(rows, part, totalKey, position)) {
                    continue;
                }
                // the first part met writes the equation of this total over this position
                for (String column : columns) {
                    double[] equation = new double[variable.size()];
                    add(equation, variable, cell(totalKey, column), 1);
                    for (Suppression.Suppressed other : rows) {
                        if (partOf(other.key(), totalKey, position)) {
                            add(equation, variable, cell(other.key(), column), -1);
                        }
                    }
                    equations.add(equation);
                }
            }
            if (identity != null && part.counts().containsKey(identity.total())) {
                double[] equation = new double[variable.size()];
                add(equation, variable, cell(part.key(), identity.total()), 1);
                identity.parts().forEach(p -> add(equation, variable, cell(part.key(), p), -1));
                equations.add(equation);
            }
        }
        // reduced row echelon form: a unit vector is in the span when its column is a pivot whose row
        // holds nothing else
        double[][] m = reduced(equations, variable.size());
        List<String> derivable = new ArrayList<>();
        variable.forEach((cell, index) -> {
            for (double[] row : m) {
                if (Math.abs(row[index] - 1) < 1e-9) {
                    boolean alone = true;
                    for (int c = 0; c < row.length; c++) {
                        alone &= c == index || Math.abs(row[c]) < 1e-9;
                    }
                    boolean pivot = true;
                    for (int c = 0; c < index; c++) {
                        pivot &= Math.abs(row[c]) < 1e-9;
                    }
                    if (alone && pivot) {
                        derivable.add(cell.toString());
                    }
                }
            }
        });
        return derivable;
    }

    private static List<String> cell(List<String> key, String column) {
        List<String> cell = new ArrayList<>(key);
        cell.add(column);
        return cell;
    }

    private static void add(double[] equation, Map<List<String>, Integer> variable, List<String> cell, int sign) {
        Integer index = variable.get(cell);
        if (index != null) {
            equation[index] += sign;
        }
    }

    private static boolean first(Collection<Suppression.Suppressed> rows, Suppression.Suppressed part,
                                 List<String> totalKey, int position) {
        for (Suppression.Suppressed other : rows) {
            if (partOf(other.key(), totalKey, position)) {
                return other == part;
            }
        }
        return false;
    }

    private static boolean partOf(List<String> part, List<String> total, int position) {
        for (int i = 0; i < total.size(); i++) {
            if (i == position ? ALL.equals(part.get(i)) : !part.get(i).equals(total.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static double[][] reduced(List<double[]> equations, int width) {
        double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int column = 0; column < width && rank < m.length; column++) {
            int best = rank;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][column]) > Math.abs(m[best][column])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][column]) < 1e-9) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            double pivot = m[rank][column];
            for (int c = 0; c < width; c++) {
                m[rank][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][column]) > 1e-12) {
                    double factor = m[r][column];
                    for (int c = 0; c < width; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return java.util.Arrays.copyOf(m, rank);
    }
}
