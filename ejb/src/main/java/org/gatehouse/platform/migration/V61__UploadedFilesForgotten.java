package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An uploaded file (participants, reoffending feed) names people: its run keeps it only while its job
 * may need it, until the import completes or for a week when it does not ({@code ImportProgress}).
 * The files of runs that completed before this release are forgotten now; the participant imports'
 * agency by agency, as row-level security requires.
 */
public class V61__UploadedFilesForgotten extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table import_run alter column content drop not null");
            sql.execute("alter table reoffending_feed_run alter column content drop not null");
            sql.executeUpdate("update reoffending_feed_run set content = null where status = 'COMPLETED'");
        }
        RowPolicies.inEveryAgency(context.getConnection(),
                "update import_run set content = null where status = 'COMPLETED'");
    }
}
