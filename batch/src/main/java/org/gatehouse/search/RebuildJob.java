package org.gatehouse.search;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The {@code note-index-rebuild} job as its starters see it: start one, find the last one. */
final class RebuildJob {

    static final String NAME = "note-index-rebuild";

    private RebuildJob() {
    }

    /** Starts a rebuild (the caller has checked who may) and returns its execution id. */
    static long start(int notesPerChunk) {
        Properties parameters = new Properties();
        parameters.setProperty("notesPerChunk", Integer.toString(notesPerChunk));
        return BatchRuntime.getJobOperator().start(NAME, parameters);
    }

    /** The newest execution of the newest rebuild on this node (a restart is a newer execution of it). */
    static Optional<JobExecution> lastExecution() {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            List<JobInstance> instances = operator.getJobInstances(NAME, 0, 1);
            if (instances.isEmpty()) {
                return Optional.empty();
            }
            return operator.getJobExecutions(instances.get(0)).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId));
        } catch (NoSuchJobException none) {
            return Optional.empty();
        }
    }

    static boolean running(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }
}
