package org.gatehouse.reoffending;

import java.time.Instant;
import java.time.LocalDate;
import org.gatehouse.platform.ImportStatus;

/** What a feed run did, in the terms of FORMATS.md: rows read, imported, updated, rejected, unmatched. */
public record FeedSummary(long runId, String fileName, FeedSource source, String receivedBy, Instant receivedAt,
                          ImportStatus status, String failure, Instant finishedAt, LocalDate extractDate, long read,
                          long imported, long updated, long unchanged, long rejected, long unmatched) {

    public boolean isFinished() {
        return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
    }
}
