package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.nio.charset.StandardCharsets;
import java.util.Set;
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
