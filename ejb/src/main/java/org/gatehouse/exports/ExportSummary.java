package org.gatehouse.exports;

import java.io.Serializable;
import java.time.Instant;

/** A background export as its requester's list shows it (never its content). */
public record ExportSummary(long id, ExportKind kind, String format, String parameters, ExportStatus status,
                            String fileName, Long sizeBytes, Instant requestedAt, Instant finishedAt, String failure)
        implements Serializable {

    public boolean ready() {
        return status == ExportStatus.READY;
    }
}
