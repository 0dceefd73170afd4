package org.gatehouse.reoffending;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Keeps a chunk's events and rejects, and its counts, in the chunk's transaction. */
@Named
public class FeedRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReoffendingFeedLedger ledger;

    @Override
    public void writeItems(List<Object> items) {
        List<FeedRow> rows = items.stream().map(FeedRow.class::cast).toList();
        FeedJob.asPlatform(() -> ledger.record(Long.parseLong(runId), rows));
    }
}
