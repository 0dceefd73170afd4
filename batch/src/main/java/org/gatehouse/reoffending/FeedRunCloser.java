package org.gatehouse.reoffending;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Closes the run once every row has an outcome: completed, or failed with the file's problem. */
@Named
public class FeedRunCloser extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReoffendingFeedLedger ledger;

    @Override
    public String process() {
        return FeedJob.asPlatform(() -> {
            long run = Long.parseLong(runId);
            String problem = ReoffendingFeedFormat.file(ledger.content(run)).fileProblem();
            if (problem == null) {
                ledger.completed(run);
                return "COMPLETED";
            }
            ledger.failed(run, problem);
            return "FILE_REJECTED";
        });
    }
}
