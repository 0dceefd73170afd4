package org.gatehouse.platform.migration;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * This database's identity, made once: what lives outside the database (the case-note search
 * index) records whose it is, and is rebuilt rather than trusted when pointed at another one.
 */
public class V28__Installation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create table installation (id varchar(36) primary key)");
        }
        try (PreparedStatement insert = context.getConnection().prepareStatement("insert into installation values (?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }
}
