package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.mentoring.CheckTypes;
import org.gatehouse.platform.Databases;

/**
 * Gives every existing agency the default vetting check types; on PostgreSQL, row-level security
 * for the mentor tables of V9 (a mentor's record is as private as a case).
 */
public class V10__MentorPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Long> agencies = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select id from agency")) {
            while (rows.next()) {
                agencies.add(rows.getLong(1));
            }
        }
        boolean postgres = Databases.isPostgres(connection);
        try (PreparedStatement next = connection.prepareStatement(postgres ? "select nextval('check_type_seq')"
                : "select next value for check_type_seq");
             PreparedStatement insert = connection.prepareStatement(
                "insert into check_type (id, agency_id, code, name, required) values (?, ?, ?, ?, ?)")) {
            for (Long agency : agencies) {
                for (CheckTypes.Default type : CheckTypes.DEFAULTS) {
                    // a whole block of the sequence per row: the application's own blocks never meet these
                    try (ResultSet value = next.executeQuery()) {
                        value.next();
                        insert.setLong(1, value.getLong(1));
                    }
                    insert.setLong(2, agency);
                    insert.setString(3, type.code());
                    insert.setString(4, type.name());
                    insert.setBoolean(5, true);
                    insert.executeUpdate();
                }
            }
        }
        if (!postgres) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (String table : new String[] {"mentor", "vetting_check"}) {
                RowPolicies.protect(sql, table, "agency_id = " + RowPolicies.AGENCY);
            }
            RowPolicies.protect(sql, "mentor_availability", "exists (select 1 from mentor m where m.id = mentor_id)");
        }
    }
}
