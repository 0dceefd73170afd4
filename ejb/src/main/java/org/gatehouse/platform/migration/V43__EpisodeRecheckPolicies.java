package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for the warehouse's recheck days of V42. */
public class V43__EpisodeRecheckPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "episode_recheck", "agency_id = " + RowPolicies.AGENCY);
        }
    }
}
