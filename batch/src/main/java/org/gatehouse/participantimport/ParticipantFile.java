package org.gatehouse.participantimport;

import java.util.Iterator;
import java.util.Map;
import org.gatehouse.csv.CsvHeader;
import org.gatehouse.csv.CsvRecord;
import org.gatehouse.csv.CsvRecords;

/**
 * An uploaded participant file, read row by row. When the file as a whole is unusable (empty, or
 * its header is wrong) every row is still read and rejected with that reason, so that the rejects
 * report accounts for each line.
 */
public final class ParticipantFile implements Iterator<ParticipantCsvRow> {

    public static final String EMPTY = "the file is empty: it needs a header row and one row per participant";

    private final CsvRecords records;
    private final CsvHeader header;

    public ParticipantFile(byte[] content) {
        this.records = new CsvRecords(content);
        this.header = records.hasNext()
                ? CsvHeader.of(records.next(), ParticipantCsvFormat.REQUIRED, ParticipantCsvFormat.OPTIONAL)
                : null;
    }

    /** Why nothing in the file can be imported, or null when rows can be. */
    public String fileProblem() {
        if (header == null) {
            return EMPTY;
        }
        return header.isValid() ? null : header.problem();
    }

    @Override
    public boolean hasNext() {
        return header != null && records.hasNext();
    }

    @Override
    public ParticipantCsvRow next() {
        CsvRecord record = records.next();
        if (!header.isValid()) {
            return new ParticipantCsvRow(record.line(), null, "not imported: " + header.problem());
        }
        if (!record.isReadable()) {
            return new ParticipantCsvRow(record.line(), null, record.problem());
        }
        try {
            Map<String, String> values = header.values(record);
            return new ParticipantCsvRow(record.line(), values, null);
        } catch (IllegalArgumentException wrongFieldCount) {
            return new ParticipantCsvRow(record.line(), null, wrongFieldCount.getMessage());
        }
    }
}
