package org.gatehouse.reoffending;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.gatehouse.csv.CsvFile;
import org.gatehouse.csv.CsvRow;
import org.gatehouse.platform.Texts;

/**
 * Reads the rows of the run's feed file, with the checks that need the whole file or the run: an
 * {@code event_id} given twice (the first line wins), an {@code extract_date} other than the
 * file's (the first that reads as a date) or after the day the file was received. The checkpoint is
 * the number of rows read; a restart reads the rows before it again without passing them on, so the
 * same checks hold.
 */
@Named
public class FeedRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReoffendingFeedLedger ledger;

    private CsvFile file;
    private LocalDate fileExtract;
    private LocalDate received;
    private final Map<String, Long> firstLineOf = new HashMap<>();
    private long rowsRead;

    @Override
    public void open(Serializable checkpoint) {
        long run = Long.parseLong(runId);
        byte[] content = FeedJob.asPlatform(() -> ledger.content(run));
        received = LocalDate.ofInstant(FeedJob.asPlatform(() -> ledger.summary(run)).receivedAt(),
                ZoneId.systemDefault());
        fileExtract = extractDateOf(ReoffendingFeedFormat.file(content));
        file = ReoffendingFeedFormat.file(content);
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        while (rowsRead < resumeAfter && file.hasNext()) {
            checked(file.next());
            rowsRead++;
        }
    }

    private static LocalDate extractDateOf(CsvFile file) {
        while (file.hasNext()) {
            LocalDate extract = day(file.next().value(ReoffendingFeedFormat.EXTRACT_DATE));
            if (extract != null) {
                return extract;
            }
        }
        return null;
    }

    /** The value as a date; null when blank or unreadable (the row's own rules say so). */
    private static LocalDate day(String value) {
        String text = Texts.strippedOrNull(value);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
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
        LocalDate extract = day(row.value(ReoffendingFeedFormat.EXTRACT_DATE));
        if (extract != null && !extract.equals(fileExtract)) {
            return new CsvRow(row.line(), row.values(), "extract_date: " + extract + " is not the file's "
                    + fileExtract + " (every row of a feed file has the same)");
        }
        if (extract != null && extract.isAfter(received)) {
            return new CsvRow(row.line(), row.values(), "extract_date: " + extract + " is after the day the file "
                    + "was received (" + received + ")");
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return rowsRead;
    }
}
