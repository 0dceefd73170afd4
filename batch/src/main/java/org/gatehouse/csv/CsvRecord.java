package org.gatehouse.csv;

import java.util.List;

/**
 * One record of a CSV file: the line it starts on (1 is the header), its fields, and what is wrong
 * with it if it could not be read cleanly (bad quoting, bytes that are not UTF-8).
 */
public record CsvRecord(long line, List<String> fields, String problem) {

    public boolean isReadable() {
        return problem == null;
    }
}
