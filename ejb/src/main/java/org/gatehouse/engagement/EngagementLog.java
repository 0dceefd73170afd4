package org.gatehouse.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Records what happened on a case (the engagements that complete milestones and cadence slots).
 * Only the kind and the day so far; attendance, duration and notes come with the engagement screens.
 */
@Stateless
public class EngagementLog {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Engagement record(long participantId, ActivityKind kind, LocalDate on) {
        Caller caller = access.requireAgencyRole("record an engagement", AccessPolicy.CASE_STAFF);
        Participant participant = registry.caseOf(participantId);
        Engagement engagement = new Engagement(participant, kind, on, caller.username(), LocalDate.now(clock),
                Instant.now(clock));
        em.persist(engagement);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "Engagement", engagement.getId(),
                "participant " + participantId + ": " + kind);
        return engagement;
    }

    /** The case's engagements, newest first. */
    public List<Engagement> ofCase(long participantId) {
        access.requireAgencyRole("see a case's engagements", AccessPolicy.CASE_STAFF);
        Participant participant = registry.caseOf(participantId);
        return em.createNamedQuery(Engagement.OF_CASE, Engagement.class).setParameter("participant", participant)
                .getResultList();
    }

    /**
     * What happened on each of the cases since their current plan started (activities before a
     * return to custody belong to the earlier release). The cases must come from the registry.
     */
    public Map<Long, List<Activity>> activitiesOf(Collection<Participant> cases) {
        access.requireAgencyRole("see engagements", AccessPolicy.CASE_STAFF);
        Map<Long, List<Activity>> result = new HashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        Map<Long, LocalDate> starts = new HashMap<>();
        cases.forEach(c -> {
            starts.put(c.getId(), c.planStart());
            result.put(c.getId(), new ArrayList<>());
        });
        LocalDate earliest = starts.values().stream().min(LocalDate::compareTo).orElseThrow();
        List<Long> ids = List.copyOf(starts.keySet());
        // IN lists are chunked: databases cap the number of parameters of one statement
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Engagement e : em.createNamedQuery(Engagement.OF_CASES, Engagement.class)
                    .setParameter("ids", chunk).setParameter("from", earliest).getResultList()) {
                Long id = e.getParticipant().getId();
                if (!e.getHappenedOn().isBefore(starts.get(id))) {
                    result.get(id).add(e.activity());
                }
            }
        }
        return result;
    }
}
