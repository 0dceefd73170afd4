package org.gatehouse.dashboards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which withheld counts the published sums still pin down exactly: each sum (a total and its parts)
 * is an equation over the counts withheld in it (the shown ones are known), and a withheld count is
 * given away when its unit vector lies in the span of those equations, whatever chain of sums an
 * attacker combines. Decided by Gaussian elimination modulo a large prime, per group of withheld
 * counts linked by sums (a rank over the rationals is never higher than modulo a prime, so a count
 * found free here is free; one found pinned is withheld further, which is only ever cautious).
 */
final class DerivableCells {

    private static final long PRIME = 2_147_483_647L;

    private DerivableCells() {
    }

    /**
     * In each group of variables linked by equations, the first variable (in order) the equations
     * determine; none for a group that pins nothing down. Each equation is a map from a variable (a
     * withheld count's index) to its coefficient (+1 or -1).
     */
    static List<Integer> firstDetermined(int variables, List<Map<Integer, Integer>> equations) {
        int[] parent = new int[variables];
        for (int v = 0; v < variables; v++) {
            parent[v] = v;
        }
        for (Map<Integer, Integer> equation : equations) {
            int first = -1;
            for (int v : equation.keySet()) {
                if (first < 0) {
                    first = v;
                } else {
                    parent[root(parent, v)] = root(parent, first);
                }
            }
        }
        Map<Integer, List<Map<Integer, Integer>>> byComponent = new HashMap<>();
        for (Map<Integer, Integer> equation : equations) {
            if (!equation.isEmpty()) {
                byComponent.computeIfAbsent(root(parent, equation.keySet().iterator().next()), k -> new ArrayList<>())
                        .add(equation);
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < variables; v++) {
            members.computeIfAbsent(root(parent, v), k -> new ArrayList<>()).add(v);
        }
        List<Integer> determined = new ArrayList<>();
        for (Map.Entry<Integer, List<Map<Integer, Integer>>> component : byComponent.entrySet()) {
            Map<Integer, TreeMap<Integer, Long>> basis = new HashMap<>();
            for (Map<Integer, Integer> equation : component.getValue()) {
                TreeMap<Integer, Long> row = new TreeMap<>();
                equation.forEach((v, c) -> row.put(v, Math.floorMod((long) c, PRIME)));
                reduce(row, basis);
                if (!row.isEmpty()) {
                    int pivot = row.firstKey();
                    long inverse = inverse(row.get(pivot));
                    row.replaceAll((v, c) -> c * inverse % PRIME);
                    basis.put(pivot, row);
                }
            }
            for (int v : members.get(component.getKey())) {
                TreeMap<Integer, Long> unit = new TreeMap<>(Map.of(v, 1L));
                reduce(unit, basis);
                if (unit.isEmpty()) {
                    determined.add(v);
                    break;
                }
            }
        }
        determined.sort(null);
        return determined;
    }

    /** Eliminates the row's lowest variables while they are pivots of the basis. */
    private static void reduce(TreeMap<Integer, Long> row, Map<Integer, TreeMap<Integer, Long>> basis) {
        while (!row.isEmpty()) {
            int lowest = row.firstKey();
            TreeMap<Integer, Long> pivotRow = basis.get(lowest);
            if (pivotRow == null) {
                // the lowest variable is free of the basis: so is the row; eliminate the rest
                TreeMap<Integer, Long> rest = new TreeMap<>(row.tailMap(lowest, false));
                Long head = row.get(lowest);
                reduce(rest, basis);
                row.clear();
                row.put(lowest, head);
                row.putAll(rest);
                return;
            }
            long factor = row.get(lowest);
            pivotRow.forEach((v, c) -> {
                long value = Math.floorMod(row.getOrDefault(v, 0L) - factor * c % PRIME, PRIME);
                if (value == 0) {
                    row.remove(v);
                } else {
                    row.put(v, value);
                }
            });
        }
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value % PRIME;
        for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
