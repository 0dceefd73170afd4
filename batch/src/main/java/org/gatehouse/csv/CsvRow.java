package org.gatehouse.csv;

import java.util.Map;

/** One row of an import file as read: its values by column, or why it could not be read. */
public record CsvRow(long line, Map<String, String> values, String problem) {

    /** The row's value in the column, or null when the row could not be read. */
    public String value(String column) {
        return values == null ? null : values.get(column);
    }
}
