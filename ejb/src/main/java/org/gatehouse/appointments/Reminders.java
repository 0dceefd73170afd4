package org.gatehouse.appointments;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.matching.Match;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Reminds mentors of their mentees' appointments: the day before and the morning of, in the
 * application (until dismissed) and by e-mail. A reminder counts only while it still stands: the
 * appointment open and at the time reminded of, the mentor still the participant's mentor, its
 * window not passed. {@link ReminderDispatcher} creates the due ones and e-mails each in its own
 * transaction.
 */
@Stateless
public class Reminders {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ReminderMail mail;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private MatchingDesk matching;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    /** What one creation run did: the reminders created, and those standing that still want an e-mail. */
    public record Due(List<Long> created, List<Long> toEmail) {
    }

    /** Creates the reminders due at {@code now} (the system, for the agency it acts for). */
    public Due createDue(Instant now) {
        access.requireSystem("create appointment reminders");
        LocalDateTime local = local(now);
        LocalDate today = local.toLocalDate();
        List<Appointment> open = em.createNamedQuery(Appointment.OPEN_BETWEEN, Appointment.class)
                .setParameter("from", today).setParameter("to", today.plusDays(1)).getResultList();
        if (open.isEmpty()) {
            return new Due(List.of(), List.of());
        }
        Map<Long, List<Mentor>> mentors = currentMentors(open.stream().map(a -> a.getParticipant().getId())
                .collect(Collectors.toSet()));
        List<Reminder> known = InLists.query(open.stream().map(Appointment::getId).toList(), chunk -> em
                .createNamedQuery(Reminder.OF_APPOINTMENTS, Reminder.class).setParameter("ids", chunk)
                .getResultList());
        List<Reminder> made = new ArrayList<>();
        List<Reminder> standing = new ArrayList<>();
        for (Appointment appointment : open) {
            for (Mentor mentor : mentors.getOrDefault(appointment.getParticipant().getId(), List.of())) {
                for (ReminderKind kind : ReminderKind.values()) {
                    if (kind.dueAt(appointment.startsAt(), local)) {
                        Reminder reminder = known.stream().filter(r -> r.covers(appointment, mentor, kind))
                                .findFirst().orElse(null);
                        if (reminder == null) {
                            reminder = new Reminder(appointment, mentor, kind, now);
                            em.persist(reminder);
                            made.add(reminder);
                        }
                        standing.add(reminder);
                    }
                }
            }
        }
        em.flush();
        return new Due(made.stream().map(Reminder::getId).toList(),
                standing.stream().filter(Reminder::wantsEmail).map(Reminder::getId).toList());
    }

    /**
     * E-mails one reminder if it still stands at {@code now} and still wants one; the attempt is
     * recorded (three at most).
     *
     * @return whether the mail server took it
     */
    public boolean email(long reminderId, Instant now) {
        access.requireSystem("e-mail an appointment reminder");
        Reminder reminder = em.find(Reminder.class, reminderId);
        if (reminder == null || !reminder.wantsEmail() || !stands(reminder, local(now))) {
            return false;
        }
        boolean sent = mail.send(reminder.getMentor().contactEmail(), reminder);
        reminder.emailTried(sent, now);
        return sent;
    }

    /**
     * The signed-in mentor's reminders not dismissed yet that still stand: their current mentees'
     * appointments, at the time reminded of, from today on; soonest first.
     */
    public List<Reminder> mine() {
        Caller caller = access.requireAgencyRole("see one's reminders", Role.MENTOR);
        LocalDate today = LocalDate.now(clock);
        Set<Long> mentees = matching.myMentees().stream().map(m -> m.getParticipant().getId())
                .collect(Collectors.toSet());
        Set<Long> reachable = registry.openCaseIds();
        return em.createNamedQuery(Reminder.UNSEEN_OF_ACCOUNT, Reminder.class).setParameter("account", caller.userId())
                .getResultStream().filter(r -> {
                    Appointment a = r.getAppointment();
                    Long participant = a.getParticipant().getId();
                    return !a.getOn().isBefore(today) && r.getForStart().equals(a.startsAt())
                            && mentees.contains(participant) && reachable.contains(participant);
                }).toList();
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

    /** Open, at the time reminded of, within its window, and the mentor still the participant's mentor. */
    private boolean stands(Reminder reminder, LocalDateTime local) {
        Appointment appointment = reminder.getAppointment();
        return appointment.isOpen() && reminder.getForStart().equals(appointment.startsAt())
                && reminder.getKind().dueAt(appointment.startsAt(), local)
                && currentMentors(Set.of(appointment.getParticipant().getId()))
                        .getOrDefault(appointment.getParticipant().getId(), List.of()).stream()
                        .anyMatch(m -> m.getId().equals(reminder.getMentor().getId()));
    }

    private Map<Long, List<Mentor>> currentMentors(Set<Long> participants) {
        return InLists.query(participants, chunk -> em.createNamedQuery(Match.CURRENT_OF_CASES, Match.class)
                        .setParameter("ids", chunk).getResultList()).stream()
                .collect(Collectors.groupingBy(m -> m.getParticipant().getId(),
                        Collectors.mapping(Match::getMentor, Collectors.toList())));
    }

    private LocalDateTime local(Instant now) {
        return LocalDateTime.ofInstant(now, clock.getZone());
    }
}
