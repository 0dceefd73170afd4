package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * On PostgreSQL, row-level security for the background exports of V50: an agency's session sees its
 * own people's, a session bound to no agency (a commissioner's) only those of no agency.
 */
public class V51__ExportFilePolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protectAgencyOrNone(sql, "export_file");
        }
    }
}
