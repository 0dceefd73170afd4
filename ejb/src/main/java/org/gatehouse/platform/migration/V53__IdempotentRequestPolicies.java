package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for V52's idempotency keys: an agency's session sees its own people's. */
public class V53__IdempotentRequestPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protectAgencyOrNone(sql, "idempotent_request");
        }
    }
}
