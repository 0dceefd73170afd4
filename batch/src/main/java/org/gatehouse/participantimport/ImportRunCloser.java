package org.gatehouse.participantimport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Closes the run once every row has an outcome: completed, or failed with the file's problem. */
@Named
public class ImportRunCloser extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String agencyId;

    @Inject
    private ImportLedger ledger;

    @Override
    public String process() {
        return ImportJob.asAgency(agencyId, this::close);
    }

    private String close() {
        long run = Long.parseLong(runId);
        String problem = ParticipantCsvFormat.file(ledger.content(run)).fileProblem();
        if (problem == null) {
            ledger.completed(run);
            return "COMPLETED";
        }
        ledger.failed(run, problem);
        return "FILE_REJECTED";
    }
}
