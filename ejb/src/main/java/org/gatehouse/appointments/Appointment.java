package org.gatehouse.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.casework.Participant;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.TenantBinding;

/**
 * An appointment the participant has to keep (Offender Manager, housing, benefits, health, court),
 * perhaps with their mentor. Changed freely until its outcome is recorded: attended (on time or
 * late) or not once it has begun, cancelled at any time before.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "appointment")
@NamedQuery(name = Appointment.OF_CASE, query = "select a from Appointment a where a.participant = :participant "
        + "order by a.on desc, a.at desc, a.id desc")
@NamedQuery(name = Appointment.OF_CASES_BETWEEN, query = "select a from Appointment a "
        + "where a.participant.id in :ids and a.on between :from and :to order by a.on, a.at, a.id")
@NamedQuery(name = Appointment.OUTCOMES_OF_CASES, query = "select a from Appointment a "
        + "where a.participant.id in :ids and a.attendance is not null")
@NamedQuery(name = Appointment.OPEN_BETWEEN, query = "select a from Appointment a "
        + "where a.attendance is null and a.on between :from and :to order by a.on, a.at, a.id")
public class Appointment {

    public static final String OF_CASE = "Appointment.ofCase";
    public static final String OF_CASES_BETWEEN = "Appointment.ofCasesBetween";
    public static final String OPEN_BETWEEN = "Appointment.openBetween";
    /** The appointments of some cases whose outcome is recorded (the warehouse's). */
    public static final String OUTCOMES_OF_CASES = "Appointment.outcomesOfCases";

    /** How far ahead an appointment can be booked. */
    public static final int MAX_DAYS_AHEAD = 400;

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate on;

    @Column(name = "starts_at", nullable = false)
    private LocalTime at;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "with_whom", length = 200)
    private String withWhom;

    @Column(name = "mentor_attends", nullable = false)
    private boolean mentorAttends;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Attendance attendance;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Punctuality punctuality;

    @Column(name = "outcome_by", length = 100)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "booked_by", nullable = false, length = 100)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    protected Appointment() {
    }

    /** Refused when a detail breaks its rule, or the day is before the referral or too far ahead. */
    public Appointment(Participant participant, AppointmentDetails details, String bookedBy, LocalDate today,
                       Instant now) {
        this.participant = Objects.requireNonNull(participant, "participant");
        if (!participant.isOpen()) {
            throw new InvalidInputException(null, "The case is closed: no appointments can be booked.");
        }
        apply(details, today);
        this.bookedBy = bookedBy;
        this.bookedAt = now;
    }

    /** Moves or corrects the appointment; refused once its outcome is recorded. */
    public void change(AppointmentDetails details, LocalDate today) {
        if (attendance != null) {
            throw new InvalidInputException(null, "The outcome is recorded: the appointment can no longer "
                    + "be changed");
        }
        apply(details, today);
    }

    private void apply(AppointmentDetails details, LocalDate today) {
        List<Violation> violations = new ArrayList<>(details.violations());
        LocalDate day = details.on();
        if (day != null && (day.isBefore(participant.getReferralDate()) || day.isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
            violations.add(new Violation("on", "must be between the referral date (" + participant.getReferralDate()
                    + ") and " + today.plusDays(MAX_DAYS_AHEAD)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.kind = details.kind();
        this.on = day;
        this.at = details.at();
        this.durationMinutes = details.durationMinutes();
        this.place = details.place();
        this.withWhom = details.withWhom();
        this.mentorAttends = details.mentorAttends();
    }

    /**
     * What happened: cancelled (before it began), or attended (on time or late) or missed once it
     * has begun. Recorded once.
     */
    public void recordOutcome(Attendance attendance, Punctuality punctuality, String by, LocalDateTime localNow,
                              Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (this.attendance != null) {
            violations.add(new Violation("attendance", "is already recorded (" + this.attendance.getLabel() + ")"));
        } else if (attendance == null) {
            violations.add(new Violation("attendance", "is required"));
        } else if (attendance != Attendance.CANCELLED && localNow.isBefore(startsAt())) {
            violations.add(new Violation("attendance", "can be recorded once the appointment has begun ("
                    + on + " " + at + ")"));
        }
        if (punctuality != null && attendance != Attendance.ATTENDED) {
            violations.add(new Violation("punctuality", "is only for an appointment that was kept"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.attendance = attendance;
        this.punctuality = punctuality;
        this.outcomeBy = by;
        this.outcomeAt = now;
    }

    public LocalDateTime startsAt() {
        return on.atTime(at);
    }

    /** Still to happen (no outcome yet). */
    public boolean isOpen() {
        return attendance == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Participant getParticipant() {
        return participant;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public LocalDate getOn() {
        return on;
    }

    public LocalTime getAt() {
        return at;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public boolean isMentorAttends() {
        return mentorAttends;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Punctuality getPunctuality() {
        return punctuality;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public AppointmentDetails details() {
        return new AppointmentDetails(kind, on, at, durationMinutes, place, withWhom, mentorAttends);
    }
}
