package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * On PostgreSQL, row-level security for the matching tables of V13 (who is matched with whom is as
 * private as the case). The agency's mentoring settings are configuration, like its programs.
 */
public class V14__MatchingPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : new String[] {"match_needs", "match_conflict", "mentor_match", "match_no_fit",
                    "pool_proposal"}) {
                RowPolicies.protect(sql, table, "agency_id = " + RowPolicies.AGENCY);
            }
            RowPolicies.protect(sql, "match_needs_time",
                    "exists (select 1 from match_needs n where n.participant_id = match_needs_time.participant_id)");
            RowPolicies.protect(sql, "pool_placement",
                    "exists (select 1 from pool_proposal p where p.id = proposal_id)");
        }
    }
}
