package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * On PostgreSQL, row-level security for the service-level targets of V48: an agency's session sees
 * its own and the commissioners' (no agency), never another agency's.
 */
public class V49__ServiceLevelTargetPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "service_level_target", "agency_id is null or agency_id = " + RowPolicies.AGENCY);
        }
    }
}
