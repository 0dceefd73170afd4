package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.CadenceDefinition;
import org.gatehouse.programs.MilestoneDefinition;
import org.gatehouse.programs.StoredMilestone;

/**
 * Every existing program gets the outcome checkpoints and the plan-review cadence that fit its
 * length (those it lacks, by code, after its own); on PostgreSQL, row-level security for the
 * checkpoints of V23.
 */
public class V24__OutcomeCheckpointsInPrograms extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement();
             ResultSet programs = sql.executeQuery("select id, duration_days from program")) {
            while (programs.next()) {
                addWhatIsMissing(connection, programs.getLong(1), programs.getInt(2));
            }
        }
        if (Databases.isPostgres(connection)) {
            try (Statement sql = connection.createStatement()) {
                RowPolicies.protect(sql, "outcome_checkpoint", "agency_id = " + RowPolicies.AGENCY);
            }
        }
    }

    private static void addWhatIsMissing(Connection connection, long program, int durationDays) throws Exception {
        int position = nextPosition(connection, "program_milestone", program);
        Set<String> milestones = codes(connection, "program_milestone", program);
        try (PreparedStatement insert = connection.prepareStatement("insert into program_milestone (program_id, "
                + "position, code, label, offset_days, window_days, grace_days, completed_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (MilestoneDefinition m : BuiltInTemplates.checkpointsWithin(durationDays)) {
                if (milestones.contains(m.code())) {
                    continue;
                }
                insert.setLong(1, program);
                insert.setInt(2, position++);
                insert.setString(3, m.code());
                insert.setString(4, m.label());
                insert.setInt(5, m.offsetDays());
                insert.setInt(6, m.windowDays());
                insert.setInt(7, m.graceDays());
                insert.setString(8, StoredMilestone.joined(m.completedBy()));
                insert.executeUpdate();
            }
        }
        position = nextPosition(connection, "program_cadence", program);
        Set<String> cadences = codes(connection, "program_cadence", program);
        try (PreparedStatement insert = connection.prepareStatement("insert into program_cadence (program_id, "
                + "position, code, label, kind, every_days, from_day, to_day) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CadenceDefinition c : BuiltInTemplates.planReviewsWithin(durationDays)) {
                if (cadences.contains(c.code())) {
                    continue;
                }
                insert.setLong(1, program);
                insert.setInt(2, position++);
                insert.setString(3, c.code());
                insert.setString(4, c.label());
                insert.setString(5, c.kind().name());
                insert.setInt(6, c.everyDays());
                insert.setInt(7, c.fromDay());
                insert.setInt(8, c.toDay());
                insert.executeUpdate();
            }
        }
    }

    private static int nextPosition(Connection connection, String table, long program) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("select coalesce(max(position) + 1, 0) from "
                + table + " where program_id = ?")) {
            query.setLong(1, program);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Set<String> codes(Connection connection, String table, long program) throws Exception {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select code from " + table
                + " where program_id = ?")) {
            query.setLong(1, program);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }
}
