package org.gatehouse.reoffending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/**
 * A proven offence or a new period in custody, as the justice department's feed last told it. Kept
 * whether or not its justice id names a participant yet: one may be imported later.
 */
@Entity
@Table(name = "reoffending_event")
@NamedQuery(name = ReoffendingEvent.CHANGED_SINCE,
        query = "select e.eventId from ReoffendingEvent e where e.updatedAt >= :since")
@NamedQuery(name = ReoffendingEvent.WITH_EVENT_IDS,
        query = "select e from ReoffendingEvent e where e.eventId in :eventIds")
@NamedQuery(name = ReoffendingEvent.OF_JUSTICE_IDS,
        query = "select e from ReoffendingEvent e where e.justiceId in :justiceIds order by e.eventId")
public class ReoffendingEvent {

    public static final String WITH_EVENT_IDS = "ReoffendingEvent.withEventIds";
    /** The ids of the events a feed changed since (:since): the warehouse moves their facts. */
    public static final String CHANGED_SINCE = "ReoffendingEvent.changedSince";
    /** The events of people, by their (upper-case) justice ids: the warehouse matches them to enrolments. */
    public static final String OF_JUSTICE_IDS = "ReoffendingEvent.ofJusticeIds";

    @Id
    @SequenceGenerator(name = "reoffending_event_seq", sequenceName = "reoffending_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reoffending_event_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false, length = 64)
    private String eventId;

    @Column(name = "justice_id", nullable = false, length = 32)
    private String justiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 16)
    private ReoffendingEventType type;

    @Column(name = "offence_date")
    private LocalDate offenceDate;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @Column(name = "custody_start_date")
    private LocalDate custodyStartDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody_reason", length = 16)
    private CustodyReturnKind custodyReason;

    @Column(name = "extract_date", nullable = false)
    private LocalDate extractDate;

    /** The feed run that last changed it. */
    @Column(name = "feed_run_id", nullable = false)
    private long feedRunId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /** When its values last changed: the warehouse load's watermark. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReoffendingEvent() {
    }

    public ReoffendingEvent(ReoffendingEventDetails details, long feedRunId, Instant now) {
        this.eventId = valid(details).eventId();
        this.receivedAt = now;
        take(details, feedRunId, now);
    }

    /**
     * Takes a later row of the same event; true if any of its values changed. The same row again
     * changes nothing, so importing a file twice leaves every event as it was; a row of an older
     * extract than the one the event holds changes nothing either (files may arrive out of order).
     */
    public boolean update(ReoffendingEventDetails details, long feedRunId, Instant now) {
        valid(details);
        if (!eventId.equals(details.eventId())) {
            throw new IllegalArgumentException("another event");
        }
        if (sameAs(details) || details.extractDate().isBefore(extractDate)) {
            return false;
        }
        take(details, feedRunId, now);
        return true;
    }

    private boolean sameAs(ReoffendingEventDetails d) {
        return justiceId.equals(d.justiceId()) && type == d.type() && Objects.equals(offenceDate, d.offenceDate())
                && Objects.equals(outcomeDate, d.outcomeDate()) && Objects.equals(custodyStartDate, d.custodyStartDate())
                && custodyReason == d.custodyReason() && extractDate.equals(d.extractDate());
    }

    private void take(ReoffendingEventDetails d, long run, Instant now) {
        this.justiceId = d.justiceId();
        this.type = d.type();
        this.offenceDate = d.offenceDate();
        this.outcomeDate = d.outcomeDate();
        this.custodyStartDate = d.custodyStartDate();
        this.custodyReason = d.custodyReason();
        this.extractDate = d.extractDate();
        this.feedRunId = run;
        this.updatedAt = now;
    }

    private static ReoffendingEventDetails valid(ReoffendingEventDetails details) {
        List<Violation> violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getJusticeId() {
        return justiceId;
    }

    public ReoffendingEventType getType() {
        return type;
    }

    public LocalDate getOffenceDate() {
        return offenceDate;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public LocalDate getCustodyStartDate() {
        return custodyStartDate;
    }

    public CustodyReturnKind getCustodyReason() {
        return custodyReason;
    }

    public LocalDate getExtractDate() {
        return extractDate;
    }

    public long getFeedRunId() {
        return feedRunId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
