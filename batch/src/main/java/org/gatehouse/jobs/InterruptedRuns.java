package org.gatehouse.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gatehouse.platform.Nodes;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * Marks FAILED the runs a killed server left running in the job repository. The repository keeps
 * them STARTED for ever, and Jakarta Batch restarts only a stopped or failed run: marked failed, they
 * can be restarted from their last checkpoint (by the job monitor or their own page), and a job that
 * refuses to start while another run of it is running can start again.
 * <p>
 * At start, this node's runs ({@link RunNodeRecorder}): on a cluster sharing the repository, the runs
 * another node has running are left alone; a run no node was noted for (it died before its first
 * listener, or ran before nodes were noted) is taken for interrupted once {@link #UNNOTED_AFTER} old.
 * <p>
 * While it runs, every {@value #BEAT_PROPERTY} seconds (default 30), the node writes its sign of life
 * in {@code node_heartbeat} (the database's clock) and marks failed the runs of any node silent for
 * {@value #MISSED_BEATS} beats: a node killed for good never comes back to mark its own. A node never
 * heard from (a release without heartbeats, during an upgrade) is not taken for stopped. Rows of runs
 * ended a day ago are then dropped from {@code job_run_node}, and nodes silent for a month from
 * {@code node_heartbeat}.
 */
@Singleton
@Startup
// job_run_node is a migration's: on a new database, or the first start of the release that adds it
@DependsOn("gatehouse-ejb.jar#SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {

    /** The system property giving the seconds between a node's signs of life. */
    public static final String BEAT_PROPERTY = "gatehouse.node.beat-seconds";
    /** A node is taken for stopped once this many of its beats are missing (a pause or a slow database
     * must not fail a run that still runs). */
    static final int MISSED_BEATS = 6;
    private static final Duration NOTED_RUN_KEPT = Duration.ofDays(1);
    private static final Duration SILENT_NODE_KEPT = Duration.ofDays(30);

    static final String EXIT_STATUS = "Interrupted: the server stopped while it ran; restart it to continue "
            + "from its last checkpoint";
    static final String EXIT_STATUS_STOPPED_NODE = "Interrupted: the node running it stopped; restart it to "
            + "continue from its last checkpoint";
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

    @Resource
    private TimerService timers;

    private Duration beat;

    @PostConstruct
    void atStart() {
        markLeftRunning();
        beat = Duration.ofSeconds(Math.max(1, Integer.getInteger(BEAT_PROPERTY, 30)));
        sign(true);
        timers.createIntervalTimer(beat.toMillis(), beat.toMillis(), new TimerConfig(null, false));
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
        Timestamp unnotedBefore = Timestamp.from(now.toInstant().minus(UNNOTED_AFTER));
        String node = Nodes.thisNode();
        try (Connection db = dataSource.getConnection()) {
            int steps = update(db, "update step_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ? "
                    + "where batchstatus in " + RUNNING + " and (jobexecutionid in " + THIS_NODES + ")",
                    EXIT_STATUS, now, node, unnotedBefore);
            int runs = update(db, "update job_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, "
                    + "lastupdatedtime = ? where batchstatus in " + RUNNING + " and (jobexecutionid in " + THIS_NODES
                    + ")", EXIT_STATUS, now, now, node, unnotedBefore);
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

    @Timeout
    void beat() {
        sign(false);
        try {
            markStoppedNodesRuns();
        } catch (SQLException e) {
            LOG.warning(() -> "Job runs of stopped nodes could not be looked for (" + e.getClass().getSimpleName()
                    + "); trying again at the next beat");
        }
    }

    /**
     * Marks failed the runs (and steps) noted for nodes silent for {@value #MISSED_BEATS} beats;
     * returns how many runs. Each node does it at each beat: marking a failed run again changes nothing.
     */
    public int markStoppedNodesRuns() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            OffsetDateTime now = databaseNow(db);
            OffsetDateTime silentSince = now.minus(beat.multipliedBy(MISSED_BEATS));
            // never this node's own, even if its last signs of life could not be written
            String stoppedNodes = "(select job_execution_id from job_run_node where node <> ? and node in (select "
                    + "node from node_heartbeat where seen_at < ?))";
            String node = Nodes.thisNode();
            Timestamp marked = Timestamp.from(now.toInstant());
            int steps = update(db, "update step_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ? "
                    + "where batchstatus in " + RUNNING + " and jobexecutionid in " + stoppedNodes,
                    EXIT_STATUS_STOPPED_NODE, marked, node, silentSince);
            int runs = update(db, "update job_execution set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, "
                    + "lastupdatedtime = ? where batchstatus in " + RUNNING + " and jobexecutionid in " + stoppedNodes,
                    EXIT_STATUS_STOPPED_NODE, marked, marked, node, silentSince);
            if (runs > 0) {
                LOG.warning(() -> runs + " job run(s) and " + steps + " step(s) of a node silent for " + MISSED_BEATS
                        + " beats marked failed; restart them from the job monitor");
            }
            update(db, "delete from job_run_node where job_execution_id in (select jobexecutionid from job_execution "
                    + "where batchstatus not in " + RUNNING + " and endtime < ?)",
                    Timestamp.from(now.toInstant().minus(NOTED_RUN_KEPT)));
            update(db, "delete from node_heartbeat where seen_at < ?", now.minus(SILENT_NODE_KEPT));
            return runs;
        }
    }

    /** Writes this node's sign of life (at start: and when it started). */
    private void sign(boolean starting) {
        try (Connection db = dataSource.getConnection()) {
            String node = Nodes.thisNode();
            boolean known = update(db, "update node_heartbeat set seen_at = current_timestamp"
                    + (starting ? ", started_at = current_timestamp" : "") + " where node = ?", node) > 0;
            if (!known) {
                update(db, "insert into node_heartbeat (node, started_at, seen_at) values (?, current_timestamp, "
                        + "current_timestamp)", node);
            }
        } catch (SQLException e) {
            LOG.warning(() -> "This node's sign of life could not be written (" + e.getClass().getSimpleName()
                    + "); the other nodes take it for stopped after " + MISSED_BEATS + " missed beats");
        }
    }

    private static OffsetDateTime databaseNow(Connection db) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("select current_timestamp");
             ResultSet row = sql.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class);
        }
    }

    private static int update(Connection db, String update, Object... parameters) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(update)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            return sql.executeUpdate();
        }
    }

}
