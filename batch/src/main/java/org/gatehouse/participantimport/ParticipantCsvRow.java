package org.gatehouse.participantimport;

import java.util.Map;

/** One row of a participant file as read: its values by column, or why it could not be read. */
public record ParticipantCsvRow(long line, Map<String, String> values, String problem) {

    public String externalRef() {
        return values == null ? null : values.get("external_ref");
    }
}
