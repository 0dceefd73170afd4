package org.gatehouse.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a file import's batch job is: queued, running under an execution, completed or failed and why.
 * The run keeps the uploaded file only while its job may need it (files name people): until the
 * import completes, or for {@link #FILE_KEPT} when it does not (to restart it).
 */
@Embeddable
public class ImportProgress {

    /** How long an upload's file is kept when its import has not completed: a restart needs it. */
    public static final Duration FILE_KEPT = Duration.ofDays(7);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ImportStatus status = ImportStatus.QUEUED;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "finished_at")
    private Instant finishedAt;

    public void started(long executionId) {
        this.jobExecutionId = executionId;
        this.status = ImportStatus.RUNNING;
    }

    public void completed(Instant at) {
        this.status = ImportStatus.COMPLETED;
        this.failure = null;
        this.finishedAt = at;
    }

    public void failed(String reason, Instant at) {
        this.status = ImportStatus.FAILED;
        this.failure = reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        this.finishedAt = at;
    }

    /** The uploaded file, while its run keeps it. */
    public static byte[] keptFile(byte[] content) {
        if (content == null) {
            throw new FileNoLongerKeptException();
        }
        return content.clone();
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
