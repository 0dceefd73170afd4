package org.gatehouse.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gatehouse.platform.Databases;

/**
 * On PostgreSQL, {@code warehouse.analyze_stage(table)}: refreshes the planner's statistics of one
 * warehouse staging table as the tables' owner (only an owner may ANALYZE), so that the application's
 * role, which owns nothing, can still do it before a publish (WarehouseLoads). It takes nothing but a
 * staging table's name; SchemaMigrator grants the application the right to call it.
 */
public class V54__StagingStatistics extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Databases.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function warehouse.analyze_stage(stage text) returns void
                        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
                    begin
                        if stage !~ '^stage_[a-z_]+$' then
                            raise exception 'not a warehouse staging table: %', stage;
                        end if;
                        execute format('analyze warehouse.%I', stage);
                    end $$""");
            sql.execute("revoke all on function warehouse.analyze_stage(text) from public");
        }
    }
}
