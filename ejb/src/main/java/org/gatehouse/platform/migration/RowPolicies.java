package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.Databases;

/** PostgreSQL row-level security policies, as the Java migrations create them. */
final class RowPolicies {

    /** The agency the transaction is bound to (see {@code RowLevelSecurity}); none matches no row. */
    static final String AGENCY = "nullif(current_setting('gatehouse.agency', true), '')::bigint";

    private RowPolicies() {
    }

    /** Forced, so that the tables' owner is bound too. */
    static void protect(Statement sql, String table, String condition) throws SQLException {
        sql.execute("alter table " + table + " enable row level security");
        sql.execute("alter table " + table + " force row level security");
        sql.execute("create policy " + table + "_agency on " + table + " using (" + condition + ") with check ("
                + condition + ")");
    }

    /**
     * Protects a table whose rows belong to an agency or to none (a commissioner's, the platform's):
     * an agency's session sees its own, a session bound to no agency (-1, TenantBinding.NO_AGENCY)
     * only those of none, an unbound session nothing.
     */
    static void protectAgencyOrNone(Statement sql, String table) throws SQLException {
        protect(sql, table, "coalesce(agency_id, -1) = coalesce(" + AGENCY + ", -1)");
    }

    /**
     * Runs data changes over every agency's rows: on PostgreSQL once per agency, bound to it as
     * row-level security requires (even of the tables' owner), then unbound; elsewhere once.
     */
    static void inEveryAgency(Connection connection, String... changes) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (!Databases.isPostgres(connection)) {
                for (String change : changes) {
                    sql.executeUpdate(change);
                }
                return;
            }
            List<Long> agencies = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select id from agency")) {
                while (rows.next()) {
                    agencies.add(rows.getLong(1));
                }
            }
            for (long agency : agencies) {
                bind(connection, Long.toString(agency));
                for (String change : changes) {
                    sql.executeUpdate(change);
                }
            }
            bind(connection, "");
        }
    }

    private static void bind(Connection connection, String agency) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('gatehouse.agency', ?, true)")) {
            bind.setString(1, agency);
            bind.execute();
        }
    }
}
