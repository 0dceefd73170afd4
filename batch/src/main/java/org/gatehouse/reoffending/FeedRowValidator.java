package org.gatehouse.reoffending;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Named;
import org.gatehouse.csv.CsvRow;

/** Checks a feed row against the format; a row breaking any rule is rejected whole. */
@Named
public class FeedRowValidator implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        CsvRow row = (CsvRow) item;
        if (row.problem() != null) {
            return FeedRow.rejected(row.line(), row.value(ReoffendingFeedFormat.EVENT_ID), row.problem());
        }
        return ReoffendingFeedFormat.parse(row.line(), row.values());
    }
}
