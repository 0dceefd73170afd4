package org.gatehouse.jobs;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
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

    @Inject
    private JobMonitor monitor;

    @Inject
    private WarehouseLoadJobs warehouseLoads;

    @Inject
    private NightlyLoad nightly;

    private Long selected;
    private transient List<JobRun> runs;
    private transient List<StepRun> steps;

    public List<JobRun> getRuns() {
        if (runs == null) {
            runs = monitor.recentRuns();
        }
        return runs;
    }

    /** When the nightly batch runs (the page writes it in the reader's locale), or null when it is off here. */
    public LocalTime getNightlyAt() {
        return nightly.at().map(NightlyTime::at).orElse(null);
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
        act(text("jobs.notStopped"), () -> {
            monitor.stop(executionId);
            Messages.info(text("jobs.stopping", executionId));
        });
    }

    public void restart(long executionId) {
        act(text("jobs.notRestarted"), () -> {
            long restarted = monitor.restart(executionId);
            select(restarted);
            Messages.info(text("jobs.restarted", executionId, restarted));
        });
    }

    public void startWarehouseLoad() {
        act(text("jobs.loadNotStarted"), () -> {
            long started = warehouseLoads.start();
            select(started);
            Messages.info(text("jobs.loadStarted", started));
        });
    }

    public void refresh() {
        runs = null;
        steps = null;
    }

    /** "2 h 05 min", "3 min 07 s", "12 s". */
    public String took(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return text("jobs.tookHours", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return text("jobs.tookMinutes", seconds / 60, seconds % 60);
        }
        return text("jobs.tookSeconds", seconds);
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, action);
        refresh();
    }
}
