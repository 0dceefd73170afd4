package org.gatehouse.reoffending;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.gatehouse.csv.CsvFile;
import org.gatehouse.csv.CsvRow;
import org.gatehouse.platform.Texts;

/**
 * Reads the rows of the run's feed file, with the checks that need the whole file: an
 * {@code event_id} given twice (the first line wins) and an {@code extract_date} other than the
 * file's (its first row's). The checkpoint is the number of rows read; a restart reads the rows
 * before it again without passing them on, so the same checks hold.
 */
@Named
public class FeedRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReoffendingFeedLedger ledger;

    private CsvFile file;
    private String fileExtract;
    private final Map<String, Long> firstLineOf = new HashMap<>();
    private long rowsRead;

    @Override
    public void open(Serializable checkpoint) {
        byte[] content = FeedJob.asPlatform(() -> ledger.content(Long.parseLong(runId)));
        fileExtract = extractDateOf(ReoffendingFeedFormat.file(content));
        file = ReoffendingFeedFormat.file(content);
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        while (rowsRead < resumeAfter && file.hasNext()) {
            checked(file.next());
            rowsRead++;
        }
    }

    private static String extractDateOf(CsvFile file) {
        while (file.hasNext()) {
            String extract = Texts.strippedOrNull(file.next().value(ReoffendingFeedFormat.EXTRACT_DATE));
            if (extract != null) {
                return extract;
            }
        }
        return null;
    }

    @Override
    public Object readItem() {
        if (!file.hasNext()) {
            return null;
        }
        rowsRead++;
        return checked(file.next());
    }

    private CsvRow checked(CsvRow row) {
        if (row.problem() != null) {
            return row;
        }
        String eventId = Texts.strippedOrNull(row.value(ReoffendingFeedFormat.EVENT_ID));
        if (eventId != null) {
            Long first = firstLineOf.putIfAbsent(eventId, row.line());
            if (first != null) {
                return new CsvRow(row.line(), row.values(),
                        "event_id: " + eventId + " is already given on line " + first + " of this file");
            }
        }
        String extract = Texts.strippedOrNull(row.value(ReoffendingFeedFormat.EXTRACT_DATE));
        if (extract != null && !extract.equals(fileExtract)) {
            return new CsvRow(row.line(), row.values(), "extract_date: " + extract + " is not the file's "
                    + fileExtract + " (every row of a feed file has the same)");
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return rowsRead;
    }
}
