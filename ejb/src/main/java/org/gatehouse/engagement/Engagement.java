package org.gatehouse.engagement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.TenantBinding;

/**
 * Something that happened (or was meant to) on a case: what, when, how long, who took part, whether
 * it happened and on time. Only an attended engagement completes milestones and cadence slots. One a
 * mentor logs waits for the supervising case worker's sign-off.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "engagement")
@NamedQuery(name = Engagement.OF_CASE,
        query = "select e from Engagement e where e.participant = :participant order by e.happenedOn desc, e.id desc")
@NamedQuery(name = Engagement.AWAITING_SIGN_OFF, query = "select e from Engagement e "
        + "where e.needsSignOff = true and e.signedOffBy is null order by e.happenedOn, e.id")
@NamedQuery(name = Engagement.OF_CASES,
        query = "select e from Engagement e where e.participant.id in :ids and e.happenedOn >= :from")
@NamedQuery(name = Engagement.FACTS_AFTER, query = "select e.id, e.participant.id, e.happenedOn, e.kind, "
        + "e.attendance, e.punctuality, e.durationMinutes, e.needsSignOff, e.signedOffAt from Engagement e "
        + "where e.id > :after and e.kind in :kinds and e.participant.deidentifiedOn is null order by e.id")
@NamedQuery(name = Engagement.CHANGED_FACTS_AFTER, query = "select e.id, e.participant.id, e.happenedOn, e.kind, "
        + "e.attendance, e.punctuality, e.durationMinutes, e.needsSignOff, e.signedOffAt from Engagement e "
        + "where e.id > :after and e.kind in :kinds and (e.recordedAt >= :since or e.signedOffAt >= :since) "
        + "and e.participant.deidentifiedOn is null order by e.id")
@NamedQuery(name = Engagement.WITH_ATTENDEE, query = "select e.id from Engagement e join e.attendees a "
        + "where e.id in :ids and a = :attendee")
public class Engagement {

    public static final String OF_CASE = "Engagement.ofCase";
    public static final String OF_CASES = "Engagement.ofCases";
    public static final String AWAITING_SIGN_OFF = "Engagement.awaitingSignOff";
    /**
     * The warehouse's columns of every engagement of the kinds (:kinds) after an id, in id order: a full
     * load, which reads nothing of a de-identified case (as its episodes, {@code Participant.ALL_AFTER}).
     */
    public static final String FACTS_AFTER = "Engagement.factsAfter";
    /**
     * The same of those recorded or signed off since (:since): an incremental load (whose overlap reads again
     * an engagement recorded just before its case was de-identified: left out too).
     */
    public static final String CHANGED_FACTS_AFTER = "Engagement.changedFactsAfter";
    /** Which of the engagements (:ids) the attendee took part in. */
    public static final String WITH_ATTENDEE = "Engagement.withAttendee";

    @Id
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityKind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Attendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Punctuality punctuality;

    // loaded for all the engagements a query found in one query, not one per engagement
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(value = BatchFetchType.IN, size = InLists.CHUNK)
    @CollectionTable(name = "engagement_attendee", joinColumns = @JoinColumn(name = "engagement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "attendee", nullable = false, length = 24)
    private Set<Attendee> attendees = EnumSet.noneOf(Attendee.class);

    @Column(name = "needs_sign_off", nullable = false)
    private boolean needsSignOff;

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Version
    private long version;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Engagement() {
    }

    /**
     * Refused when a detail breaks its rule, or the day is in the future or before the case was
     * referred. {@code byMentor}: logged by the mentor, so it waits for the case worker's sign-off.
     */
    public Engagement(Participant participant, EngagementDetails details, boolean byMentor, String recordedBy,
                      LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>(details.violations());
        LocalDate on = details.on();
        if (on != null && (on.isAfter(today) || on.isBefore(participant.getReferralDate()))) {
            violations.add(new Violation("happened_on", "must be between the referral date ("
                    + participant.getReferralDate() + ") and today"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.participant = Objects.requireNonNull(participant, "participant");
        this.kind = details.kind();
        this.happenedOn = on;
        this.startsAt = details.startsAt();
        this.durationMinutes = details.durationMinutes();
        this.attendance = details.attendance();
        this.punctuality = details.punctuality();
        this.attendees.addAll(details.attendees());
        this.needsSignOff = byMentor;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = now;
    }

    /** The supervising case worker has read the mentor's log. */
    public void signOff(String by, Instant now) {
        if (!needsSignOff) {
            throw new InvalidInputException("engagement", "needs no sign-off");
        }
        if (signedOffBy != null) {
            throw new InvalidInputException("engagement", "was signed off by " + signedOffBy);
        }
        signedOffBy = by;
        signedOffAt = now;
    }

    /** What it completes in the milestone engine: only an engagement that happened counts. */
    public boolean counts() {
        return attendance == Attendance.ATTENDED;
    }

    public Activity activity() {
        return new Activity(kind, happenedOn);
    }

    public boolean isAwaitingSignOff() {
        return needsSignOff && signedOffBy == null;
    }

    public long getVersion() {
        return version;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Punctuality getPunctuality() {
        return punctuality;
    }

    public Set<Attendee> getAttendees() {
        return attendees.isEmpty() ? Set.of() : Set.copyOf(attendees);
    }

    public boolean isNeedsSignOff() {
        return needsSignOff;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
