package org.gatehouse.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What the code must know of the database it runs on: PostgreSQL (production) or H2 (embedded). */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
