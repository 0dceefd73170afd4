package org.gatehouse.participantimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ties the job execution to its import run, and marks the run failed if the job itself fails. */
@Named
public class ImportRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String agencyId;

    @Inject
    private JobContext job;

    @Inject
    private ImportLedger ledger;

    @Override
    public void beforeJob() {
        ImportJob.asAgency(agencyId, () -> ledger.started(Long.parseLong(runId), job.getExecutionId()));
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            ImportJob.asAgency(agencyId, () -> ledger.failed(Long.parseLong(runId), "the import stopped before the "
                    + "end of the file; rows already counted were saved, and restarting it continues from there"));
        }
    }
}
