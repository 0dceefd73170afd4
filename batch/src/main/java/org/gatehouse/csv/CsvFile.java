package org.gatehouse.csv;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded import file with its required and optional columns (FORMATS.md), read row by row.
 * When the file as a whole is unusable (empty, or its header is wrong) every row is still read and
 * rejected with that reason, so that the rejects report accounts for each line.
 */
public final class CsvFile implements Iterator<CsvRow> {

    public static final String EMPTY = "the file is empty: it needs a header row and one row per record";

    private final CsvRecords records;
    private final CsvHeader header;

    public CsvFile(byte[] content, Set<String> required, Set<String> optional) {
        this.records = new CsvRecords(content);
        this.header = records.hasNext() ? CsvHeader.of(records.next(), required, optional) : null;
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
    public CsvRow next() {
        CsvRecord record = records.next();
        if (!header.isValid()) {
            return new CsvRow(record.line(), null, "not imported: " + header.problem());
        }
        if (!record.isReadable()) {
            return new CsvRow(record.line(), null, record.problem());
        }
        try {
            Map<String, String> values = header.values(record);
            return new CsvRow(record.line(), values, null);
        } catch (IllegalArgumentException wrongFieldCount) {
            return new CsvRow(record.line(), null, wrongFieldCount.getMessage());
        }
    }
}
