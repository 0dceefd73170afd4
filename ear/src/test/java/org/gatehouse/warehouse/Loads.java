package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gatehouse.reoffending.FeedSummary;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/** Warehouse loads in tests: started as the platform team, awaited to a state. */
public final class Loads {

    static final Caller PLATFORM_TEAM = new Caller(-9L, "warehouse-admin", null, null, Set.of(Role.SYSTEM_ADMIN));

    private Loads() {
    }

    /** Starts a load and waits for it to complete. */
    public static void run(WarehouseLoadJobs jobs) throws InterruptedException {
        await(runAs(PLATFORM_TEAM, () -> jobs.start()), BatchStatus.COMPLETED);
    }

    /** Every table a load fills, dimensions before the facts that refer to them. */
    static final List<String> TABLES = List.of("dim_agency", "dim_region", "dim_program", "dim_mentor",
            "dim_vulnerability", "dim_pathway", "dim_participant", "bridge_participant_vulnerability",
            "fact_case_episode", "fact_episode_milestone", "fact_release", "fact_reoffending_event",
            "fact_outcome_checkpoint", "fact_appointment", "fact_engagement", "measure_reoffending",
            "fact_reoffending_member", "fact_service_level");

    /** Empties the warehouse and loads it whole: a full load of the same day, as on a rebuilt warehouse. */
    public static void rebuildFully(DataSource dataSource, WarehouseLoadJobs jobs) throws Exception {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            for (String table : TABLES.reversed()) {
                sql.executeUpdate("delete from warehouse." + table);
            }
            sql.executeUpdate("delete from warehouse.load_run");
        }
        run(jobs);
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet kind = sql.executeQuery("select kind from warehouse.load_run")) {
            assertThat(kind.next() && LoadRun.FULL.equals(kind.getString(1)) && !kind.next()).as("one full load")
                    .isTrue();
        }
    }

    /** Imports a feed file as the platform team and waits for its run to finish. */
    static FeedSummary importFeed(ReoffendingFeeds feeds, String name, String content) throws InterruptedException {
        long runId = runAs(PLATFORM_TEAM, () -> feeds.receive(name, content.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 300; i++) {
            FeedSummary summary = runAs(PLATFORM_TEAM, () -> feeds.summary(runId));
            if (summary.isFinished()) {
                return summary;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the feed run did not finish");
    }

    /** Waits for the execution to reach the state; failing, abandoned or (unless wanted) stopped is an error. */
    static void await(long execution, BatchStatus wanted) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == wanted) {
                return;
            }
            assertThat(status).as("warehouse load").isNotIn(BatchStatus.FAILED, BatchStatus.ABANDONED,
                    BatchStatus.STOPPED);
            Thread.sleep(100);
        }
        throw new AssertionError("the warehouse load did not reach " + wanted + " in 120 s");
    }
}
