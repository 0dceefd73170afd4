package org.gatehouse.reoffending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A feed row rejected whole, with its line and the reason: one line of the rejects report. */
@Entity
@Table(name = "reoffending_feed_reject")
@NamedQuery(name = FeedReject.OF_RUN,
        query = "select r from FeedReject r where r.feedRunId = :run order by r.lineNumber, r.id")
public class FeedReject {

    public static final String OF_RUN = "FeedReject.ofRun";

    @Id
    @SequenceGenerator(name = "reoffending_feed_reject_seq", sequenceName = "reoffending_feed_reject_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reoffending_feed_reject_seq")
    private Long id;

    @Column(name = "feed_run_id", nullable = false)
    private long feedRunId;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(name = "event_id", length = 64)
    private String eventId;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected FeedReject() {
    }

    public FeedReject(long feedRunId, long lineNumber, String eventId, String reason) {
        this.feedRunId = feedRunId;
        this.lineNumber = lineNumber;
        this.eventId = eventId == null || eventId.length() <= 64 ? eventId : eventId.substring(0, 64);
        this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getEventId() {
        return eventId;
    }

    public String getReason() {
        return reason;
    }
}
