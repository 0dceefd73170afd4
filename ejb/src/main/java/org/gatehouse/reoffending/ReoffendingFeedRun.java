package org.gatehouse.reoffending;

import jakarta.persistence.Basic;
import jakarta.persistence.Embedded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.ImportStatus;

/**
 * One feed file received and what became of its rows. The file is kept with the run, so that the
 * import job restarts on any node from its last checkpoint; the counts move with each chunk, in the
 * chunk's transaction, so they always match what was written.
 */
@Entity
@Table(name = "reoffending_feed_run")
@NamedQuery(name = ReoffendingFeedRun.RECENT, query = "select r from ReoffendingFeedRun r order by r.receivedAt desc, r.id desc")
@NamedQuery(name = ReoffendingFeedRun.LATEST_EXTRACT,
        query = "select max(r.extractDate) from ReoffendingFeedRun r where r.progress.status = org.gatehouse.platform.ImportStatus.COMPLETED")
@NamedQuery(name = ReoffendingFeedRun.FORGET_FILES_BEFORE, query = "update ReoffendingFeedRun r set r.content = null "
        + "where r.content is not null and r.receivedAt < :before")
@NamedQuery(name = ReoffendingFeedRun.COUNT_NAMED, query = "select count(r) from ReoffendingFeedRun r where r.fileName = :name")
public class ReoffendingFeedRun {

    public static final String RECENT = "ReoffendingFeedRun.recent";
    public static final String COUNT_NAMED = "ReoffendingFeedRun.countNamed";
    public static final String LATEST_EXTRACT = "ReoffendingFeedRun.latestExtract";
    public static final String FORGET_FILES_BEFORE = "ReoffendingFeedRun.forgetFilesBefore";

    @Id
    @SequenceGenerator(name = "reoffending_feed_run_seq", sequenceName = "reoffending_feed_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reoffending_feed_run_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** The uploaded file; null once its import no longer needs it ({@link ImportProgress}). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedSource source;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Embedded
    private ImportProgress progress = new ImportProgress();

    @Column(name = "extract_date")
    private LocalDate extractDate;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(nullable = false)
    private long imported;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long unchanged;

    @Column(nullable = false)
    private long rejected;

    /** Rows kept whose justice id named no participant of any agency when they were imported. */
    @Column(nullable = false)
    private long unmatched;

    protected ReoffendingFeedRun() {
    }

    public ReoffendingFeedRun(String fileName, byte[] content, FeedSource source, String receivedBy, Instant at) {
        this.fileName = fileName == null || fileName.isBlank() ? "feed.csv" : truncate(fileName.strip(), 255);
        this.content = Objects.requireNonNull(content, "content").clone();
        this.source = Objects.requireNonNull(source, "source");
        this.receivedBy = receivedBy;
        this.receivedAt = at;
    }

    /** Its job's state: started, completed, failed. */
    public ImportProgress progress() {
        return progress;
    }

    /** Adds a chunk's outcomes. */
    public void counted(FeedChunkCounts chunk) {
        imported += chunk.imported();
        updated += chunk.updated();
        unchanged += chunk.unchanged();
        rejected += chunk.rejected();
        unmatched += chunk.unmatched();
        rowsRead += chunk.imported() + chunk.updated() + chunk.unchanged() + chunk.rejected();
        if (chunk.extractDate() != null && (extractDate == null || chunk.extractDate().isAfter(extractDate))) {
            extractDate = chunk.extractDate();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public FeedSummary summary() {
        return new FeedSummary(id, fileName, source, receivedBy, receivedAt, progress.getStatus(),
                progress.getFailure(), progress.getFinishedAt(), extractDate,
                rowsRead, imported, updated, unchanged, rejected, unmatched);
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return ImportProgress.keptFile(content);
    }

    /** The import is done: its file is no longer needed, and no longer kept. */
    public void completed(Instant at) {
        progress.completed(at);
        content = null;
    }

    public ImportStatus getStatus() {
        return progress.getStatus();
    }
}
