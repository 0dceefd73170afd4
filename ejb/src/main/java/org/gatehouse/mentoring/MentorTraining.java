package org.gatehouse.mentoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Mentor training (courses, their sessions, completion), group debriefs and supervision sessions,
 * with attendance. Coordinators run training and debriefs; case workers record supervision.
 */
@Stateless
public class MentorTraining {

    private static final String RECORD = "MentorSession";
    private static final Role[] STAFF = {Role.COORDINATOR, Role.CASE_WORKER};

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<Course> courses() {
        Caller caller = access.requireAgencyRole("see the courses", Role.AGENCY_ADMIN, Role.COORDINATOR,
                Role.CASE_WORKER);
        return em.createNamedQuery(Course.OF_AGENCY, Course.class)
                .setParameter("agency", em.find(Agency.class, caller.agencyId())).getResultList();
    }

    /** A course of the agency, and whether it must be completed before a mentor's first match. */
    public Course addCourse(String code, String name, boolean requiredBeforeMatch) {
        Caller caller = access.requireAgencyRole("add a course", Role.AGENCY_ADMIN, Role.COORDINATOR);
        Course course = new Course(em.find(Agency.class, caller.agencyId()), code, name, requiredBeforeMatch);
        if (courses().stream().anyMatch(c -> c.getCode().equals(course.getCode()))) {
            throw new InvalidInputException("code", "the agency already has a course " + course.getCode());
        }
        em.persist(course);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "Course", course.getId(), course.getCode());
        return course;
    }

    /** Schedules (or records) a session; supervision may be recorded by a case worker too. */
    public MentorSession schedule(SessionKind kind, String courseCode, LocalDate heldOn, String place) {
        Caller caller = kind == SessionKind.SUPERVISION ? access.requireAgencyRole("record a supervision", STAFF)
                : access.requireAgencyRole("schedule a mentor session", Role.COORDINATOR);
        Course course = courseCode == null || courseCode.isBlank() ? null : courses().stream()
                .filter(c -> c.getCode().equals(courseCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("course", "is not a course of this agency"));
        MentorSession session = new MentorSession(kind, course, heldOn, place, caller.username(), Instant.now(clock));
        em.persist(session);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, session.getId(), kind + " on " + heldOn);
        return session;
    }

    /** Sessions from a month back to three months ahead, latest first. */
    public List<MentorSession> sessions() {
        access.requireAgencyRole("see mentor sessions", STAFF);
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(MentorSession.BETWEEN, MentorSession.class)
                .setParameter("from", today.minusMonths(1)).setParameter("to", today.plusMonths(3)).getResultList();
    }

    public MentorSession session(long id) {
        return own(access.requireAgencyRole("open a mentor session", STAFF), id);
    }

    /**
     * Who attended (mentor id to there or not) and, for training, who completed the course. The
     * mentors must be the agency's own.
     */
    public MentorSession recordAttendance(long sessionId, Map<Long, Boolean> attended, Set<Long> completed) {
        Caller caller = access.requireAgencyRole("record attendance", STAFF);
        MentorSession session = own(caller, sessionId);
        if (session.getKind() != SessionKind.SUPERVISION && !caller.has(Role.COORDINATOR)) {
            throw access.denied(caller, "record attendance at training or a debrief");
        }
        for (Long mentor : attended.keySet()) {
            ownMentor(caller, mentor);
        }
        session.recordAttendance(attended, completed, LocalDate.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, sessionId, "attendance: "
                + attended.values().stream().filter(Boolean::booleanValue).count() + " of " + attended.size()
                + " attended, " + completed.size() + " completed");
        return session;
    }

    /** The mentor's training: courses completed, and the required ones still missing. */
    public TrainingStatus trainingOf(long mentorId) {
        Mentor mentor = ownMentor(access.requireAgencyRole("see a mentor's training", STAFF), mentorId);
        return TrainingStatus.of(mentor.getId(), courses(),
                em.createNamedQuery(MentorSession.TRAINING, MentorSession.class).getResultList());
    }

    /** The training of each of the mentors (the agency's own), with one query for all their sessions. */
    public Map<Long, TrainingStatus> trainingOf(Collection<Mentor> mentors) {
        Caller caller = access.requireAgencyRole("see mentors' training", STAFF);
        List<Course> courses = courses();
        List<MentorSession> sessions = em.createNamedQuery(MentorSession.TRAINING, MentorSession.class)
                .getResultList();
        Map<Long, TrainingStatus> result = new HashMap<>();
        for (Mentor mentor : mentors) {
            result.put(mentor.getId(), TrainingStatus.of(ownMentor(caller, mentor.getId()).getId(), courses,
                    sessions));
        }
        return result;
    }

    private MentorSession own(Caller caller, long id) {
        MentorSession session = em.find(MentorSession.class, id);
        if (session == null || !session.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("session " + id);
        }
        return session;
    }

    private Mentor ownMentor(Caller caller, long id) {
        Mentor mentor = em.find(Mentor.class, id);
        if (mentor == null || !mentor.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("mentor " + id);
        }
        return mentor;
    }
}
