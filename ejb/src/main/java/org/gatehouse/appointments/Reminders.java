package org.gatehouse.appointments;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.matching.Match;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Reminds mentors of their mentees' appointments: the day before and the morning of, in the
 * application (until dismissed) and by e-mail. {@link ReminderTimer} runs {@link #sendDue} for each
 * agency every quarter of an hour.
 */
@Stateless
public class Reminders {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ReminderMail mail;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    /** What one run did. */
    public record Run(int created, int emailed) {
    }

    /**
     * Creates the reminders due at {@code now} (the system, for the agency it acts for) and e-mails
     * every one not e-mailed yet (up to three tries). The timer passes the current time.
     */
    public Run sendDue(Instant now) {
        Caller caller = access.current();
        if (!caller.isSystem()) {
            throw access.denied(caller, "send appointment reminders");
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
        LocalDate today = local.toLocalDate();
        List<Appointment> open = em.createNamedQuery(Appointment.OPEN_BETWEEN, Appointment.class)
                .setParameter("from", today).setParameter("to", today.plusDays(1)).getResultList();
        if (open.isEmpty()) {
            return new Run(0, 0);
        }
        Map<Long, List<Mentor>> mentors = InLists.query(open.stream().map(a -> a.getParticipant().getId())
                        .collect(Collectors.toSet()), chunk -> em.createNamedQuery(Match.CURRENT_OF_CASES, Match.class)
                        .setParameter("ids", chunk).getResultList()).stream()
                .collect(Collectors.groupingBy(m -> m.getParticipant().getId(),
                        Collectors.mapping(Match::getMentor, Collectors.toList())));
        List<Reminder> known = InLists.query(open.stream().map(Appointment::getId).toList(), chunk -> em
                .createNamedQuery(Reminder.OF_APPOINTMENTS, Reminder.class).setParameter("ids", chunk)
                .getResultList());
        int created = 0;
        for (Appointment appointment : open) {
            for (Mentor mentor : mentors.getOrDefault(appointment.getParticipant().getId(), List.of())) {
                for (ReminderKind kind : ReminderKind.values()) {
                    if (kind.dueAt(appointment.startsAt(), local)
                            && known.stream().noneMatch(r -> r.covers(appointment, mentor, kind))) {
                        Reminder reminder = new Reminder(appointment, mentor, kind, now);
                        em.persist(reminder);
                        known.add(reminder);
                        created++;
                    }
                }
            }
        }
        em.flush();
        int emailed = 0;
        for (Reminder reminder : known) {
            if (reminder.getForStart().isAfter(local) && reminder.wantsEmail()) {
                boolean sent = mail.send(reminder.getMentor().contactEmail(), reminder);
                reminder.emailTried(sent, now);
                emailed += sent ? 1 : 0;
            }
        }
        return new Run(created, emailed);
    }

    /** The signed-in mentor's reminders not dismissed yet, of appointments from today on, soonest first. */
    public List<Reminder> mine() {
        Caller caller = access.requireAgencyRole("see one's reminders", Role.MENTOR);
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Reminder.UNSEEN_OF_ACCOUNT, Reminder.class).setParameter("account", caller.userId())
                .getResultStream().filter(r -> !r.getAppointment().getOn().isBefore(today)).toList();
    }

    /** The mentor has read the reminder: it leaves their home page. */
    public void dismiss(long reminderId) {
        Caller caller = access.requireAgencyRole("dismiss a reminder", Role.MENTOR);
        Reminder reminder = em.find(Reminder.class, reminderId);
        if (reminder == null || reminder.getMentor().getAccount() == null
                || !reminder.getMentor().getAccount().getId().equals(caller.userId())) {
            throw new NotFoundException("reminder " + reminderId);
        }
        reminder.seen(Instant.now(clock));
    }
}
