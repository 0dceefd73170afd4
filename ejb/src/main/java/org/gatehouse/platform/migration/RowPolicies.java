package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL row-level security policies, as the Java migrations create them. */
final class RowPolicies {

    /** The agency the transaction is bound to (see {@code RowLevelSecurity}); none matches no row. */
    static final String AGENCY = "nullif(current_setting('gatehouse.agency', true), '')::bigint";

    private RowPolicies() {
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Forced, so that the tables' owner is bound too. */
    static void protect(Statement sql, String table, String condition) throws SQLException {
        sql.execute("alter table " + table + " enable row level security");
        sql.execute("alter table " + table + " force row level security");
        sql.execute("create policy " + table + "_agency on " + table + " using (" + condition + ") with check ("
                + condition + ")");
    }
}
