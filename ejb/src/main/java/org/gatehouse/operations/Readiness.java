package org.gatehouse.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gatehouse.platform.SchemaMigrator;
import org.gatehouse.search.NoteIndex;

/**
 * Whether this node can serve its users (readiness: a load balancer sends it requests only then) and
 * whether it runs at all (liveness). Ready when the database answers, every migration this build
 * needs is applied, and the case-note index is present and complete; the last nightly run is
 * reported beside them but does not make a node unready (a failed warehouse load must not take the
 * case work down). Says nothing about any person: check names, states and counts only. One per
 * application (it keeps its last report) and outside any transaction (it asks the database itself).
 */
@ApplicationScoped
public class Readiness {

    /** How long the database may take to answer before it counts as down. */
    static final int DATABASE_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private NoteIndex index;

    /** One check: its name, whether it is up, and a short word on why (no data). */
    public record Check(String name, boolean up, String detail) {
    }

    /** The checks, and up only when every one is. */
    public record Report(boolean up, List<Check> checks) {

        static Report of(List<Check> checks) {
            return new Report(checks.stream().allMatch(Check::up), List.copyOf(checks));
        }
    }

    /** Liveness: the application is deployed and answers (nothing external is asked). */
    public Report live() {
        return Report.of(List.of(new Check("application", true, "deployed")));
    }

    /** The last readiness report and when it was made: probes come often and need no sign-in. */
    private volatile Report lastReport;
    private volatile long lastReportAt;
    /** How long a readiness report is answered again before the checks run afresh. */
    static final long REPORT_MILLIS = 2_000;

    /**
     * Readiness: the database, the migrations, the search index; the last nightly run as information.
     * Checked at most once per {@link #REPORT_MILLIS} (one probe at a time), so that open probes cannot
     * drain the connection pool.
     */
    public Report ready() {
        long now = System.currentTimeMillis();
        Report last = lastReport;
        if (last != null && now - lastReportAt < REPORT_MILLIS) {
            return last;
        }
        synchronized (this) {
            if (lastReport != null && System.currentTimeMillis() - lastReportAt < REPORT_MILLIS) {
                return lastReport;
            }
            Report fresh = check();
            lastReport = fresh;
            lastReportAt = System.currentTimeMillis();
            return fresh;
        }
    }

    private Report check() {
        List<Check> checks = new ArrayList<>();
        boolean database = database(checks);
        if (database) {
            migrations(checks);
        } else {
            checks.add(new Check("migrations", false, "not known: the database does not answer"));
        }
        searchIndex(checks);
        if (database) {
            nightly(checks);
        }
        return Report.of(checks);
    }

    private boolean database(List<Check> checks) {
        try (Connection db = dataSource.getConnection()) {
            boolean valid = db.isValid(DATABASE_SECONDS);
            checks.add(new Check("database", valid, valid ? "answers" : "does not answer"));
            return valid;
        } catch (SQLException | RuntimeException e) {
            checks.add(new Check("database", false, "unreachable (" + e.getClass().getSimpleName() + ")"));
            return false;
        }
    }

    private void migrations(List<Check> checks) {
        try {
            int pending = migrator.pending();
            checks.add(new Check("migrations", pending == 0, pending == 0 ? "all applied"
                    : pending + " not applied yet"));
        } catch (RuntimeException e) {
            checks.add(new Check("migrations", false, "not known (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private void searchIndex(List<Check> checks) {
        try {
            NoteIndex.IndexState state = index.state();
            if (!Files.isDirectory(Path.of(state.directory()))) {
                checks.add(new Check("searchIndex", false, "its directory is missing: rebuild it"));
            } else if (state.incompleteBecause() != null) {
                checks.add(new Check("searchIndex", false, "incomplete: " + state.incompleteBecause()));
            } else {
                checks.add(new Check("searchIndex", true, "present"));
            }
        } catch (RuntimeException e) {
            checks.add(new Check("searchIndex", false, "cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** The last warehouse load (the nightly run's work): reported, never a reason to be unready. */
    private void nightly(List<Check> checks) {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.setQueryTimeout(DATABASE_SECONDS);
            ResultSet last = sql.executeQuery("select kind, status, started_at from warehouse.load_run "
                    + "order by id desc fetch first 1 rows only");
            checks.add(new Check("lastNightlyRun", true, last.next() ? last.getString(1) + " load "
                    + last.getString(2) + ", started " + last.getTimestamp(3).toInstant() : "none yet"));
        } catch (SQLException e) {
            checks.add(new Check("lastNightlyRun", true, "not known (" + e.getClass().getSimpleName() + ")"));
        }
    }
}
