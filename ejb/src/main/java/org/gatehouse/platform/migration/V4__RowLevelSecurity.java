package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * Row-level security on PostgreSQL, underneath the application's own agency binding: every
 * statement on case tables sees and writes only the rows of the agency set on the connection for
 * the transaction ({@code gatehouse.agency}). Forced, so it binds the tables' owner too. H2 has no
 * row-level security: there this version is recorded and does nothing, so both databases share one
 * history.
 */
public class V4__RowLevelSecurity extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : new String[] {"participant", "import_run"}) {
                RowPolicies.protect(sql, table, "agency_id = " + RowPolicies.AGENCY);
            }
            for (String table : new String[] {"participant_vulnerability", "participant_allowed_user",
                    "participant_excluded_user"}) {
                // the sub-query is itself filtered by the participant policy
                RowPolicies.protect(sql, table, "exists (select 1 from participant p where p.id = participant_id)");
            }
            RowPolicies.protect(sql, "import_line", "exists (select 1 from import_run r where r.id = run_id)");
        }
    }
}
