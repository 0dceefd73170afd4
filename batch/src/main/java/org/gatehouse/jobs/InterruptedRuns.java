package org.gatehouse.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gatehouse.platform.Nodes;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * At start, marks FAILED the runs a killed server left running in the job repository. The
 * repository keeps them STARTED for ever, and Jakarta Batch restarts only a stopped or failed run:
 * marked failed, they can be restarted from their last checkpoint (by the job monitor or their own
 * page). Only this node's runs ({@link RunNodeRecorder}): on a cluster sharing the repository, the
 * runs another node has running are left alone; a run no node was noted for (it died before its
 * first listener, or ran before nodes were noted) is taken for interrupted once {@link #UNNOTED_AFTER} old.
 */
@Singleton
@Startup
// job_run_node is a migration's: on a new database, or the first start of the release that adds it
@DependsOn("gatehouse-ejb.jar#SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {

    static final String EXIT_STATUS = "Interrupted: the server stopped while it ran; restart it to continue "
            + "from its last checkpoint";
    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    /** A run no node was noted for is someone's interrupted run once this old (a start takes milliseconds). */
    static final Duration UNNOTED_AFTER = Duration.ofMinutes(5);
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";
    /** The executions this node ran ({@code ?}: its name), or no node was noted for and older than {@code ?}. */
    private static final String THIS_NODES = "(select job_execution_id from job_run_node where node = ?) or ("
            + "jobexecutionid not in (select job_execution_id from job_run_node) and jobexecutionid in (select "
            + "jobexecutionid from job_execution where createtime < ?))";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    @PostConstruct
    void atStart() {
        markLeftRunning();
    }

    /** Marks failed every run (and step) of this node still marked running; returns how many runs. */
    public int markFailed() {
        access.requireRole("mark interrupted job runs failed", Role.SYSTEM_ADMIN);
        return markLeftRunning();
    }

    private int markLeftRunning() {
        // the repository creates its tables when first used
        BatchRuntime.getJobOperator().getJobNames();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = dataSource.getConnection()) {
            int steps = mark(db, "update step_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ? "
                    + "where batchstatus in " + RUNNING + " and (jobexecutionid in " + THIS_NODES + ")", now);
            int runs = mark(db, "update job_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, "
                    + "lastupdatedtime = ? where batchstatus in " + RUNNING + " and (jobexecutionid in " + THIS_NODES
                    + ")", now);
            if (runs > 0) {
                LOG.warning(() -> runs + " job run(s) and " + steps + " step(s) left running by a stopped server "
                        + "marked failed; restart them from the job monitor");
            }
            return runs;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Job runs left running by a stopped server could not be marked failed", e);
            return 0;
        }
    }

    /** The update's parameters: the exit status, then its times (now), then the node and the unnoted runs' age. */
    private static int mark(Connection db, String update, Timestamp now) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(update)) {
            int parameters = sql.getParameterMetaData().getParameterCount();
            sql.setString(1, EXIT_STATUS);
            for (int parameter = 2; parameter <= parameters - 2; parameter++) {
                sql.setTimestamp(parameter, now);
            }
            sql.setString(parameters - 1, Nodes.thisNode());
            sql.setTimestamp(parameters, Timestamp.from(now.toInstant().minus(UNNOTED_AFTER)));
            return sql.executeUpdate();
        }
    }
}
