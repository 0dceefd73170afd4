package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * Every case worker's home page asks for the mentors' logs and notes awaiting sign-off: a handful
 * among millions of engagements and notes. On PostgreSQL, partial indexes of just those; H2 (no
 * partial indexes, small data) indexes the flags.
 */
public class V59__AwaitingSignOffIndexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = Databases.isPostgres(context.getConnection());
        try (Statement sql = context.getConnection().createStatement()) {
            if (postgres) {
                sql.execute("create index engagement_awaiting_sign_off_ix on engagement (agency_id, happened_on, id) "
                        + "where needs_sign_off and signed_off_by is null");
                sql.execute("create index case_note_awaiting_sign_off_ix on case_note (agency_id, written_at, id) "
                        + "where current_version and needs_sign_off and signed_off_by is null");
            } else {
                sql.execute("create index engagement_awaiting_sign_off_ix on engagement (needs_sign_off, signed_off_by)");
                sql.execute("create index case_note_awaiting_sign_off_ix on case_note (needs_sign_off, signed_off_by)");
            }
        }
    }
}
