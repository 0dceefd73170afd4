package org.gatehouse.search;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.util.Optional;
import java.util.Properties;
import org.gatehouse.jobs.JobExecutions;

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
        return JobExecutions.last(NAME);
    }

    static boolean running(JobExecution execution) {
        return JobExecutions.running(execution);
    }
}
