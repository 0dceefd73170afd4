package org.gatehouse.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * At start, marks FAILED the runs a killed server left running in the job repository. The
 * repository keeps them STARTED for ever, and Jakarta Batch restarts only a stopped or failed run:
 * marked failed, they can be restarted from their last checkpoint (by the job monitor or their own
 * page). A standalone server runs only its own jobs, so every run still marked running at its start
 * was interrupted; on a cluster sharing the repository this must be narrowed to the node's own runs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {

    static final String EXIT_STATUS = "Interrupted: the server stopped while it ran; restart it to continue "
            + "from its last checkpoint";
    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    @PostConstruct
    void atStart() {
        markLeftRunning();
    }

    /** Marks every run (and step) still marked running failed; returns how many runs. */
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
                    + "where batchstatus in " + RUNNING, now);
            int runs = mark(db, "update job_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, "
                    + "lastupdatedtime = ? where batchstatus in " + RUNNING, now);
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

    private static int mark(Connection db, String update, Timestamp now) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(update)) {
            sql.setString(1, EXIT_STATUS);
            for (int parameter = 2; parameter <= sql.getParameterMetaData().getParameterCount(); parameter++) {
                sql.setTimestamp(parameter, now);
            }
            return sql.executeUpdate();
        }
    }
}
