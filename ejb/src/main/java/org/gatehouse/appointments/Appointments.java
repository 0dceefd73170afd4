package org.gatehouse.appointments;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Attendee;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.matching.Match;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * The participant's appointments: booked, moved and their outcome recorded by case staff and by the
 * case's mentor; read as a calendar per case and per mentor. An appointment the mentor went to and
 * the participant kept is also the mentor's escort engagement (it completes "escorted to the first
 * appointments").
 */
@Stateless
public class Appointments {

    private static final String RECORD = "Appointment";

    /** The longest calendar range read at once. */
    public static final int MAX_RANGE_DAYS = 120;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private MatchingDesk matching;

    @Inject
    private EngagementLog engagements;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Appointment book(long participantId, AppointmentDetails details) {
        Caller caller = access.requireAgencyRole("book an appointment", AccessPolicy.CASE_STAFF);
        Appointment appointment = new Appointment(registry.caseToChange(participantId), details, caller.username(),
                LocalDate.now(clock), Instant.now(clock));
        em.persist(appointment);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, appointment.getId(), "participant "
                + participantId + ": " + details.kind() + " on " + details.on());
        return appointment;
    }

    /** Moves or corrects the appointment as the caller last saw it (reminders follow the new time). */
    public Appointment change(long id, long expectedVersion, AppointmentDetails details) {
        Caller caller = access.requireAgencyRole("change an appointment", AccessPolicy.CASE_STAFF);
        Appointment appointment = current(id, expectedVersion);
        appointment.change(details, LocalDate.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "now " + details.kind() + " on "
                + details.on());
        return appointment;
    }

    /** Cancelled, kept (on time or late) or missed; a kept appointment the mentor went to is their escort. */
    public Appointment recordOutcome(long id, long expectedVersion, Attendance attendance, Punctuality punctuality) {
        Caller caller = access.requireAgencyRole("record an appointment's outcome", AccessPolicy.CASE_STAFF);
        Appointment appointment = current(id, expectedVersion);
        appointment.recordOutcome(attendance, punctuality, caller.username(), LocalDateTime.now(clock),
                Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "outcome: " + attendance);
        if (attendance == Attendance.ATTENDED && appointment.isMentorAttends()) {
            engagements.record(appointment.getParticipant().getId(), new EngagementDetails(ActivityKind.ESCORT,
                    appointment.getOn(), appointment.getAt(), appointment.getDurationMinutes(), Attendance.ATTENDED,
                    punctuality, Set.of(Attendee.PARTICIPANT, Attendee.MENTOR)));
        }
        return appointment;
    }

    /** Every appointment of the case, latest first. */
    public List<Appointment> ofCase(long participantId) {
        access.requireAgencyRole("see a case's appointments", AccessPolicy.CASE_STAFF);
        return em.createNamedQuery(Appointment.OF_CASE, Appointment.class)
                .setParameter("participant", registry.caseOf(participantId)).getResultList();
    }

    /** The case's calendar between the two days (at most {@value #MAX_RANGE_DAYS} days). */
    public List<Appointment> calendarOfCase(long participantId, LocalDate from, LocalDate to) {
        access.requireAgencyRole("see a case's calendar", AccessPolicy.CASE_STAFF);
        return between(List.of(registry.caseOf(participantId).getId()), from, to);
    }

    /** The signed-in mentor's calendar: their current mentees' appointments between the two days. */
    public List<Appointment> myCalendar(LocalDate from, LocalDate to) {
        access.requireAgencyRole("see one's calendar", Role.MENTOR);
        return between(matching.myMentees().stream().map(m -> m.getParticipant().getId()).toList(), from, to);
    }

    /** A mentor's calendar for case staff: that mentor's current mentees the caller reaches. */
    public List<Appointment> calendarOfMentor(long mentorId, LocalDate from, LocalDate to) {
        access.requireAgencyRole("see a mentor's calendar", AccessPolicy.CASE_EDITORS);
        Set<Long> reachable = registry.openCaseIds();
        List<Long> mentees = em.createNamedQuery(Match.CURRENT_OF_MENTOR, Match.class).setParameter("mentor", mentorId)
                .getResultStream().map(m -> m.getParticipant().getId()).filter(reachable::contains).toList();
        return between(mentees, from, to);
    }

    private List<Appointment> between(Collection<Long> cases, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "must be on or after the first day, and at most "
                    + MAX_RANGE_DAYS + " days after it");
        }
        List<Appointment> found = InLists.query(cases, chunk -> em.createNamedQuery(Appointment.OF_CASES_BETWEEN,
                Appointment.class).setParameter("ids", chunk).setParameter("from", from).setParameter("to", to)
                .getResultList());
        found.sort(Comparator.comparing(Appointment::startsAt));
        return found;
    }

    /** One appointment, of a case the caller reaches (else not found, as a case of another agency is). */
    public Appointment appointment(long id) {
        access.requireAgencyRole("see a case's appointments", AccessPolicy.CASE_STAFF);
        return reachable(id);
    }

    private Appointment reachable(long id) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            throw new NotFoundException("appointment " + id);
        }
        registry.caseOf(appointment.getParticipant().getId());
        return appointment;
    }

    private Appointment current(long id, long expectedVersion) {
        Appointment appointment = reachable(id);
        if (appointment.getVersion() != expectedVersion) {
            throw new StaleRecordException("appointment " + id);
        }
        return appointment;
    }
}
