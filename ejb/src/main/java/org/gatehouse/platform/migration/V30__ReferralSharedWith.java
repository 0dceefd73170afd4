package org.gatehouse.platform.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A partner referral keeps the name the person consented to share with when it was made, so that a
 * later rename of the service neither breaks nor wrongly ends it. Existing referrals take their
 * service's name; on PostgreSQL agency by agency, as row-level security requires.
 */
public class V30__ReferralSharedWith extends BaseJavaMigration {

    private static final String FILL = "update service_referral set shared_with = (select s.name from partner_service s "
            + "where s.id = service_referral.partner_service_id) where shared_with is null";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table service_referral add column shared_with varchar(200)");
            RowPolicies.inEveryAgency(connection, FILL);
            sql.execute("alter table service_referral alter column shared_with set not null");
        }
    }
}
