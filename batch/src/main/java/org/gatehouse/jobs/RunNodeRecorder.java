package org.gatehouse.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.gatehouse.platform.Nodes;

/**
 * Notes which node runs a job execution (a start or a restart), so that a node starting after a crash
 * marks failed only the runs it left running ({@link InterruptedRuns}). Every job lists it.
 */
@Named
@Dependent
public class RunNodeRecorder extends AbstractJobListener {

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("insert into job_run_node (job_execution_id, node, "
                     + "recorded_at) values (?, ?, ?)")) {
            insert.setLong(1, job.getExecutionId());
            insert.setString(2, Nodes.thisNode());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
