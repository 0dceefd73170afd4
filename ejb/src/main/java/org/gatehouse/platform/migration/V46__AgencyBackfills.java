package org.gatehouse.platform.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Data changes that must see every agency's rows, so on PostgreSQL agency by agency: mentors who
 * had left before V37 get their exit day (V37's own update saw none under row-level security), and
 * every case's warehouse recheck day is dropped, so that the next load reads every case again and
 * fills what V45 added to its episode.
 */
public class V46__AgencyBackfills extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RowPolicies.inEveryAgency(context.getConnection(),
                "update mentor set exited_on = cast(updated_at as date) where status = 'EXITED' and exited_on is null",
                "delete from episode_recheck");
    }
}
