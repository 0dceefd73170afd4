package org.gatehouse.warehouse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.mentoring.Attendance;
import org.gatehouse.mentoring.CheckType;
import org.gatehouse.mentoring.Course;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorSession;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.SessionKind;
import org.gatehouse.mentoring.TrainingStatus;
import org.gatehouse.mentoring.VettingCheck;
import org.gatehouse.mentoring.VettingStatus;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * The mentors of the agency the system works for, as the warehouse's mentor pipeline keeps them as
 * of the load's day: recruited, vetting cleared, required training done, supervision sessions and
 * group debriefs attended, whether a former participant, when they left.
 */
@Stateless
public class MentorExtract {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    public List<MentorRow> mentors(LocalDate asOf) {
        Caller system = access.requireSystem("read mentors for the warehouse");
        Agency agency = em.getReference(Agency.class, system.agencyId());
        List<Mentor> mentors = em.createNamedQuery(Mentor.ALL, Mentor.class).getResultList();
        List<CheckType> types = em.createNamedQuery(CheckType.OF_AGENCY, CheckType.class)
                .setParameter("agency", agency).getResultList();
        Map<Long, List<VettingCheck>> checks = em.createNamedQuery(VettingCheck.OF_MENTORS, VettingCheck.class)
                .setParameter("statuses", Arrays.asList(MentorStatus.values())).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.getMentor().getId()));
        List<Course> courses = em.createNamedQuery(Course.OF_AGENCY, Course.class).setParameter("agency", agency)
                .getResultList();
        List<MentorSession> sessions = em.createNamedQuery(MentorSession.ALL, MentorSession.class).getResultList();
        List<MentorSession> training = sessions.stream().filter(s -> s.getCourse() != null).toList();
        List<MentorRow> rows = new ArrayList<>(mentors.size());
        for (Mentor m : mentors) {
            rows.add(new MentorRow(m.getId(), m.getAgency().getId(),
                    m.getRegion() == null ? null : m.getRegion().getId(), m.getType().name(), m.getStatus().name(),
                    m.getFormerParticipant() != null, LocalDate.ofInstant(m.getCreatedAt(), ZoneId.systemDefault()),
                    VettingStatus.of(types, checks.getOrDefault(m.getId(), List.of()), asOf).cleared(),
                    TrainingStatus.of(m.getId(), courses, training).readyToMatch(),
                    attended(sessions, m, SessionKind.SUPERVISION, asOf),
                    attended(sessions, m, SessionKind.DEBRIEF, asOf), m.getExitedOn()));
        }
        return rows;
    }

    private static int attended(List<MentorSession> sessions, Mentor mentor, SessionKind kind, LocalDate asOf) {
        return (int) sessions.stream().filter(s -> s.getKind() == kind && !s.getHeldOn().isAfter(asOf))
                .filter(s -> s.of(mentor.getId()).map(Attendance::isAttended).orElse(false)).count();
    }
}
