package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for the case plans, goals and actions of V19. */
public class V20__CasePlanPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "case_plan", "agency_id = " + RowPolicies.AGENCY);
            RowPolicies.protect(sql, "plan_goal", "agency_id = " + RowPolicies.AGENCY);
            RowPolicies.protect(sql, "plan_action", "exists (select 1 from plan_goal g where g.id = goal_id)");
        }
    }
}
