package org.gatehouse.reoffending;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ties the job execution to its feed run, and marks the run failed if the job itself fails. */
@Named
public class FeedRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private JobContext job;

    @Inject
    private ReoffendingFeedLedger ledger;

    @Override
    public void beforeJob() {
        FeedJob.asPlatform(() -> ledger.started(Long.parseLong(runId), job.getExecutionId()));
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            FeedJob.asPlatform(() -> ledger.failed(Long.parseLong(runId), "the import stopped before the end of "
                    + "the file; rows already counted were kept, and restarting it continues from there"));
        }
    }
}
