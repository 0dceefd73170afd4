package org.gatehouse.jobs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gatehouse.jobs.JobMonitor.JobRun;
import org.gatehouse.jobs.JobMonitor.StepRun;
import org.gatehouse.platform.Messages;
import org.gatehouse.warehouse.NightlyLoad;
import org.gatehouse.warehouse.NightlyTime;
import org.gatehouse.warehouse.WarehouseLoadJobs;

/** The system administrator's job monitor: every job's recent runs, one run's steps, stop, restart, a load on demand. */
@Named
@ViewScoped
public class JobMonitorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    private transient JobMonitor monitor;

    @Inject
    private transient WarehouseLoadJobs warehouseLoads;

    @Inject
    private transient NightlyLoad nightly;

    private Long selected;
    private transient List<JobRun> runs;
    private transient List<StepRun> steps;

    public List<JobRun> getRuns() {
        if (runs == null) {
            runs = monitor.recentRuns();
        }
        return runs;
    }

    /** "02:00" or "off on this server". */
    public String getNightlyAt() {
        return nightly.at().map(NightlyTime::toString).orElse("off on this server");
    }

    public Long getSelected() {
        return selected;
    }

    /** The selected run's steps (none selected: none). */
    public List<StepRun> getSteps() {
        if (steps == null) {
            steps = selected == null ? List.of() : monitor.steps(selected);
        }
        return steps;
    }

    public void select(long executionId) {
        selected = executionId;
        steps = null;
    }

    public void stop(long executionId) {
        act("Not stopped", () -> {
            monitor.stop(executionId);
            Messages.info("Run " + executionId + " stops after its current chunk; it can then be restarted.");
        });
    }

    public void restart(long executionId) {
        act("Not restarted", () -> {
            long restarted = monitor.restart(executionId);
            select(restarted);
            Messages.info("Run " + executionId + " restarted from its last checkpoint as run " + restarted + ".");
        });
    }

    public void startWarehouseLoad() {
        act("Warehouse load not started", () -> {
            long started = warehouseLoads.start();
            select(started);
            Messages.info("Warehouse load started (run " + started + "): readers see the last published load "
                    + "until it is done.");
        });
    }

    public void refresh() {
        runs = null;
        steps = null;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "2 h 05 min", "3 min 07 s", "12 s". */
    public String took(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format("%d min %02d s", seconds / 60, seconds % 60);
        }
        return seconds + " s";
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, action);
        refresh();
    }
}
