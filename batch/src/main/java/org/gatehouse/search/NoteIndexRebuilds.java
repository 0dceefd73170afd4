package org.gatehouse.search;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * Starts, restarts and reports rebuilds of the node's case-note index (the {@code note-index-rebuild}
 * job): by a system administrator, or by the server itself when the index is missing at start.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteIndexRebuilds {

    public static final int NOTES_PER_CHUNK = 5000;
    private static final int FEWEST_PER_CHUNK = 10;
    private static final int MOST_PER_CHUNK = 50_000;

    @Inject
    private AccessPolicy access;

    @Inject
    private NoteIndex index;

    /**
     * Starts a new rebuild that commits (and checkpoints) every {@code notesPerChunk} notes (text as
     * the API receives it; blank: {@value #NOTES_PER_CHUNK}); refused while one is running.
     */
    public RebuildRun start(String notesPerChunk) {
        access.requireRole("rebuild the search index", Role.SYSTEM_ADMIN);
        int chunk;
        try {
            chunk = notesPerChunk == null || notesPerChunk.isBlank() ? NOTES_PER_CHUNK
                    : Integer.parseInt(notesPerChunk.strip());
        } catch (NumberFormatException e) {
            chunk = -1;
        }
        if (chunk < FEWEST_PER_CHUNK || chunk > MOST_PER_CHUNK) {
            throw new InvalidInputException("notesPerChunk", "must be a whole number from " + FEWEST_PER_CHUNK
                    + " to " + MOST_PER_CHUNK);
        }
        return begin(chunk);
    }

    /** Continues the last rebuild from its checkpoint, if it stopped or failed. */
    public RebuildRun restart() {
        access.requireRole("rebuild the search index", Role.SYSTEM_ADMIN);
        JobExecution last = RebuildJob.lastExecution().orElseThrow(() -> new InvalidInputException("rebuild",
                "no rebuild has run since the server started"));
        if (last.getBatchStatus() != BatchStatus.FAILED && last.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidInputException("rebuild", "the last rebuild is " + last.getBatchStatus()
                    .name().toLowerCase() + ": only a stopped or failed one can be restarted");
        }
        index.whyRebuildCannotContinue().ifPresent(why -> {
            throw new InvalidInputException("rebuild", "cannot be continued from where it stopped (" + why
                    + "): start a new rebuild");
        });
        return run(operator().restart(last.getExecutionId(), new Properties()));
    }

    /** Stops the running rebuild after its current chunk (it can be restarted). */
    public RebuildRun stop() {
        access.requireRole("stop a rebuild of the search index", Role.SYSTEM_ADMIN);
        JobExecution last = RebuildJob.lastExecution().filter(RebuildJob::running).orElseThrow(
                () -> new InvalidInputException("rebuild", "no rebuild is running"));
        operator().stop(last.getExecutionId());
        return run(last.getExecutionId());
    }

    /** The most recent rebuild on this node, if any ran since the server started. */
    public Optional<RebuildRun> latest() {
        access.requireRole("see rebuilds of the search index", Role.SYSTEM_ADMIN);
        return RebuildJob.lastExecution().map(e -> run(e.getExecutionId()));
    }

    private RebuildRun begin(int notesPerChunk) {
        if (RebuildJob.lastExecution().filter(RebuildJob::running).isPresent()) {
            throw new InvalidInputException("rebuild", "a rebuild is already running");
        }
        return run(RebuildJob.start(notesPerChunk));
    }

    private RebuildRun run(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        long read = 0;
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.READ_COUNT) {
                    read += metric.getValue();
                } else if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return new RebuildRun(executionId, execution.getBatchStatus().name(), instant(execution.getStartTime()),
                instant(execution.getEndTime()), read, written, execution.getExitStatus());
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** One rebuild as an administrator sees it. */
    public record RebuildRun(long executionId, String status, Instant started, Instant ended, long notesRead,
                             long notesWritten, String exitStatus) {
    }
}
