package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for the partner directory and the referrals to it of V25. */
public class V26__PartnerPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "partner_service", "agency_id = " + RowPolicies.AGENCY);
            RowPolicies.protect(sql, "service_referral", "agency_id = " + RowPolicies.AGENCY);
        }
    }
}
