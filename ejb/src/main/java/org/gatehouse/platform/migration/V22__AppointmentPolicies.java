package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/** On PostgreSQL, row-level security for the appointments and reminders of V21. */
public class V22__AppointmentPolicies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            RowPolicies.protect(sql, "appointment", "agency_id = " + RowPolicies.AGENCY);
            RowPolicies.protect(sql, "appointment_reminder", "agency_id = " + RowPolicies.AGENCY);
        }
    }
}
