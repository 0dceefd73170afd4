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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.security.TenantBinding;

/**
 * One reminder of one appointment to one mentor: shown in the application until the mentor dismisses
 * it, and e-mailed when the mentor has an address. Kept per start time, so a moved appointment is
 * reminded of again and a reminder is never sent twice.
 */
@Entity
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "agency_id", contextProperty = TenantBinding.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@Table(name = "appointment_reminder")
@NamedQuery(name = Reminder.OF_APPOINTMENTS, query = "select r from Reminder r where r.appointment.id in :ids")
@NamedQuery(name = Reminder.UNSEEN_OF_ACCOUNT, query = "select r from Reminder r where r.seenAt is null "
        + "and r.mentor.account.id = :account and r.appointment.attendance is null "
        + "order by r.appointment.on, r.appointment.at, r.id")
public class Reminder {

    public static final String OF_APPOINTMENTS = "Reminder.ofAppointments";
    public static final String UNSEEN_OF_ACCOUNT = "Reminder.unseenOfAccount";

    @Id
    @SequenceGenerator(name = "appointment_reminder_seq", sequenceName = "appointment_reminder_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_reminder_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    private Appointment appointment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Mentor mentor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ReminderKind kind;

    @Column(name = "for_start", nullable = false, updatable = false)
    private LocalDateTime forStart;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected Reminder() {
    }

    public Reminder(Appointment appointment, Mentor mentor, ReminderKind kind, Instant now) {
        this.appointment = Objects.requireNonNull(appointment, "appointment");
        this.mentor = Objects.requireNonNull(mentor, "mentor");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.forStart = appointment.startsAt();
        this.createdAt = now;
    }

    /** Whether this reminder is the one of that kind, to that mentor, for the appointment as it now stands. */
    public boolean covers(Appointment appointment, Mentor mentor, ReminderKind kind) {
        return this.appointment.getId().equals(appointment.getId()) && this.mentor.getId().equals(mentor.getId())
                && this.kind == kind && forStart.equals(appointment.startsAt());
    }

    /** Whether an e-mail should still be tried: not sent yet, fewer than three failures. */
    public boolean wantsEmail() {
        return emailedAt == null && emailAttempts < 3 && mentor.contactEmail() != null;
    }

    public void emailTried(boolean sent, Instant now) {
        emailAttempts++;
        if (sent) {
            emailedAt = now;
        }
    }

    public void seen(Instant now) {
        if (seenAt == null) {
            seenAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Mentor getMentor() {
        return mentor;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDateTime getForStart() {
        return forStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
