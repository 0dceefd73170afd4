package org.gatehouse.participantimport;

import java.time.Instant;
import org.gatehouse.platform.ImportStatus;

/** What an import run did, in the terms of FORMATS.md: rows read, imported, updated, rejected. */
public record ImportSummary(long runId, String fileName, ImportStatus status, String failure, Instant uploadedAt,
                            Instant finishedAt, long read, long imported, long updated, long unchanged,
                            long rejected) {

    public boolean isFinished() {
        return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
    }
}
