package org.gatehouse.reoffending;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * Receives the justice department's reoffending feed (FORMATS.md §2), uploaded by a system
 * administrator or collected from the drop folder, and imports each file as a batch job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReoffendingFeeds {

    private static final Logger LOG = Logger.getLogger(ReoffendingFeeds.class.getName());
    public static final int MAX_BYTES = 100 * 1024 * 1024;

    @Inject
    private ReoffendingFeedLedger ledger;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    /**
     * Keeps the file and starts its import; returns at once with the run's id. The run is committed
     * before the job starts, so the job always finds it.
     */
    public long receive(String fileName, byte[] content) {
        platformTeam("import the reoffending feed");
        if (content == null) {
            throw new InvalidInputException("file", "no file was uploaded");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        long run = ledger.accept(fileName, content, FeedSource.UPLOAD);
        start(run);
        return run;
    }

    /**
     * Imports every file waiting in the drop folder, oldest first; the runs started. A file is moved
     * aside once its run holds it: should that move fail, the next collection imports it again,
     * which changes nothing (the import is idempotent on {@code event_id}). Files moved aside a week
     * ago are deleted.
     */
    public List<Long> collect() {
        platformTeam("collect the reoffending feed");
        FeedDropFolder drop = FeedDropFolder.configured();
        List<Long> runs = new ArrayList<>();
        for (Path file : drop.waiting(Instant.now(clock))) {
            byte[] content = drop.read(file);
            if (content.length > MAX_BYTES) {
                LOG.warning(() -> "Feed file " + file.getFileName() + " left in the drop folder: larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB");
                continue;
            }
            long run = ledger.accept(file.getFileName().toString(), content, FeedSource.DROP_FOLDER);
            drop.imported(file, run, Instant.now(clock));
            start(run);
            runs.add(run);
        }
        int forgotten = drop.forgetImported(Instant.now(clock));
        if (forgotten > 0) {
            LOG.info(() -> forgotten + " imported feed file(s) older than " + ImportProgress.FILE_KEPT.toDays()
                    + " days deleted from the drop folder");
        }
        return runs;
    }

    public FeedSummary summary(long runId) {
        return ledger.summary(runId);
    }

    public List<FeedSummary> recent() {
        return ledger.recent(20);
    }

    /** Whether a file of that name was ever received (the demo's feed, say). */
    public boolean received(String fileName) {
        return ledger.received(fileName);
    }

    /** The rejects report of a run as CSV: line, event_id, reason. */
    public byte[] rejectsCsv(long runId) {
        CsvWriter csv = new CsvWriter().row("line", "event_id", "reason");
        ledger.rejects(runId).forEach(r -> csv.row(r.getLineNumber(), r.getEventId(), r.getReason()));
        return csv.toBytes();
    }

    /** Whether a feed file is being imported now (the nightly load waits for it). */
    public boolean importing() {
        platformTeam("see the reoffending feed imports");
        try {
            return !BatchRuntime.getJobOperator().getRunningExecutions(FeedJob.NAME).isEmpty();
        } catch (NoSuchJobException neverRan) {
            return false;
        }
    }

    /** Where files are collected from, to tell the platform team. */
    public String dropFolder() {
        platformTeam("see the feed drop folder");
        return FeedDropFolder.configured().folder().toString();
    }

    private static void start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        BatchRuntime.getJobOperator().start(FeedJob.NAME, parameters);
    }

    private void platformTeam(String action) {
        access.requireRole(action, Role.SYSTEM_ADMIN);
    }
}
