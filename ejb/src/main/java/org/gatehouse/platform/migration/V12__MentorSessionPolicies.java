package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for the mentor sessions and attendance of V11. */
public class V12__MentorSessionPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "mentor_session", "agency_id = " + RowPolicies.AGENCY);
            RowPolicies.protect(sql, "session_attendance",
                    "exists (select 1 from mentor_session s where s.id = session_id)");
        }
    }
}
