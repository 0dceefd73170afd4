package org.gatehouse.dashboards;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commissioners' published reoffending figures ({@link PublishedTable}): the warehouse's
 * cohort members added up per release cohort over every dimension a dashboard filters or breaks
 * down by, members = measurable + not yet measurable kept as an identity. The screens, the printed
 * report and the §3 export all read their commissioners' figures from it.
 */
final class ReoffendingTable {

    /** Every breakdown but NONE is a dimension of the table, under its name. */
    static final List<String> DIMENSIONS = Arrays.stream(Breakdown.values()).filter(b -> b != Breakdown.NONE)
            .map(Enum::name).toList();
    /** The counts of each cell, in the order {@link #read} adds them up. */
    private static final List<String> COLUMNS = List.of("members", "measurable", "not_yet_measurable", "reoffenders",
            "reoffences", "custody_12m", "measurable_24m", "custody_24m");
    /** Within every cell: members = measurable + not yet measurable. */
    static final List<Suppression.RowIdentity> IDENTITIES = List.of(new Suppression.RowIdentity("members",
            List.of("measurable", "not_yet_measurable")));

    private ReoffendingTable() {
    }

    /** Every member of every cohort, added up into the table's cells (suppressed by {@link ReleaseTables}). */
    static PublishedTable.Builder builder(Connection db) throws SQLException {
        Map<Long, List<String>> vulnerabilities = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select participant_key, vulnerability_key "
                + "from warehouse.bridge_participant_vulnerability");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                vulnerabilities.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
            }
        }
        vulnerabilities.values().forEach(Collections::sort);
        // members alike in every dimension are added up first: far fewer records for the table to spread
        Map<List<Object>, long[]> alike = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select m.cohort, a.code, pr.code, r.code, "
                + Breakdown.GENDER.group() + ", " + Breakdown.INDIGENOUS_STATUS.group() + ", "
                + Breakdown.AGE_BAND.group() + ", m.participant_key, m.measurable, m.reoffender, m.reoffences, "
                + "m.custody_12m, m.measurable_24m, m.custody_24m, coalesce(m.days_to_first, 0) "
                + "from warehouse.fact_reoffending_member m " + ReoffendingDashboard.MEMBER_JOINS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                List<Object> key = List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7),
                        vulnerabilities.getOrDefault(row.getLong(8), List.of("NONE")));
                long[] sums = alike.computeIfAbsent(key, k -> new long[COLUMNS.size() + 1]);
                sums[0]++;
                sums[1] += row.getBoolean(9) ? 1 : 0;
                sums[2] += row.getBoolean(9) ? 0 : 1;
                sums[3] += row.getBoolean(10) ? 1 : 0;
                sums[4] += row.getLong(11);
                sums[5] += row.getBoolean(12) ? 1 : 0;
                sums[6] += row.getBoolean(13) ? 1 : 0;
                sums[7] += row.getBoolean(14) ? 1 : 0;
                sums[8] += row.getLong(15);
            }
        }
        PublishedTable.Builder table = new PublishedTable.Builder(DIMENSIONS);
        alike.forEach((key, sums) -> {
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                counts.put(COLUMNS.get(i), sums[i]);
            }
            @SuppressWarnings("unchecked")
            List<String> vulnerable = (List<String>) key.get(7);
            table.add(List.of((String) key.get(0)), List.of(Set.of((String) key.get(1)), Set.of((String) key.get(2)),
                    Set.of((String) key.get(3)), Set.of((String) key.get(4)), Set.of((String) key.get(5)),
                    Set.of((String) key.get(6)), vulnerable), counts, Map.of("days_to_first", sums[COLUMNS.size()]));
        });
        return table;
    }

    /** The table's dimensions the filter sets, with their values. */
    static Map<String, String> fixed(ReoffendingFilter filter) {
        Map<String, String> fixed = new HashMap<>();
        List<Breakdown> dimensions = List.of(Breakdown.AGENCY, Breakdown.PROGRAM, Breakdown.REGION, Breakdown.GENDER,
                Breakdown.INDIGENOUS_STATUS, Breakdown.VULNERABILITY);
        List<String> values = new ArrayList<>(filter.places().values());
        for (int i = 0; i < dimensions.size(); i++) {
            if (values.get(i) != null) {
                fixed.put(dimensions.get(i).name(), values.get(i));
            }
        }
        return fixed;
    }
}
