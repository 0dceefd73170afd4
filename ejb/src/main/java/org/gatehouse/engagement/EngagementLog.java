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
import java.util.Set;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.InLists;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.Activity;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Records what happened on a case (the engagements that complete milestones and cadence slots):
 * case staff and a case's mentor log them; the mentor's logs wait for a case worker's sign-off.
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

    /** An attended engagement of which only the kind and the day are known. */
    public Engagement record(long participantId, ActivityKind kind, LocalDate on) {
        return record(participantId, EngagementDetails.attended(kind, on));
    }

    /**
     * The trace another record leaves for the milestone engine (an agreed or reviewed plan, a
     * recorded outcome checkpoint): only for those kinds, and only their services call it.
     */
    public Engagement recordTrace(long participantId, ActivityKind kind, LocalDate on) {
        if (kind.isLoggedByHand()) {
            throw new IllegalArgumentException(kind + " is logged by hand, not left as a trace");
        }
        return save(participantId, EngagementDetails.attended(kind, on));
    }

    /** Records what someone logs; a mentor (their own mentees only) logs it for sign-off. */
    public Engagement record(long participantId, EngagementDetails details) {
        // who may log at all before what they logged: a role with no business here learns nothing
        access.requireAgencyRole("record an engagement", AccessPolicy.CASE_STAFF);
        if (details.kind() != null && !details.kind().isLoggedByHand()) {
            throw new InvalidInputException("kind", "\"" + details.kind().getLabel()
                    + "\" is recorded by its own record, not logged as an engagement");
        }
        return save(participantId, details);
    }

    private Engagement save(long participantId, EngagementDetails details) {
        Caller caller = access.requireAgencyRole("record an engagement", AccessPolicy.CASE_STAFF);
        Participant participant = registry.caseToChange(participantId);
        boolean byMentor = !caller.isSystem() && !caller.hasAny(AccessPolicy.CASE_EDITORS);
        Engagement engagement = new Engagement(participant, details, byMentor, caller.username(),
                LocalDate.now(clock), Instant.now(clock));
        em.persist(engagement);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "Engagement", engagement.getId(),
                "participant " + participantId + ": " + details.kind() + ", " + details.attendance());
        return engagement;
    }

    /** Engagements mentors logged that no case worker has signed off yet, in the cases the caller reaches. */
    public List<Engagement> awaitingSignOff() {
        access.requireAgencyRole("see mentors' logs awaiting sign-off", AccessPolicy.CASE_EDITORS);
        Set<Long> reachable = registry.openCaseIds();
        return em.createNamedQuery(Engagement.AWAITING_SIGN_OFF, Engagement.class).getResultStream()
                .filter(e -> reachable.contains(e.getParticipant().getId())).toList();
    }

    /** A case worker (or coordinator) has read the mentor's log. */
    public Engagement signOff(long engagementId, long expectedVersion) {
        Caller caller = access.requireAgencyRole("sign off a mentor's log", AccessPolicy.CASE_EDITORS);
        Engagement engagement = em.find(Engagement.class, engagementId);
        if (engagement == null) {
            throw new NotFoundException("engagement " + engagementId);
        }
        registry.caseToChange(engagement.getParticipant().getId());
        if (engagement.getVersion() != expectedVersion) {
            throw new StaleRecordException("engagement " + engagementId);
        }
        engagement.signOff(caller.username(), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), "Engagement", engagementId, "signed off");
        return engagement;
    }

    /** One engagement, of a case the caller reaches (else not found, as a case of another agency is). */
    public Engagement engagement(long id) {
        access.requireAgencyRole("see a case's engagements", AccessPolicy.CASE_STAFF);
        Engagement engagement = em.find(Engagement.class, id);
        if (engagement == null) {
            throw new NotFoundException("engagement " + id);
        }
        registry.caseOf(engagement.getParticipant().getId());
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
        for (Engagement e : InLists.query(starts.keySet(), chunk -> em.createNamedQuery(Engagement.OF_CASES,
                Engagement.class).setParameter("ids", chunk).setParameter("from", earliest).getResultList())) {
            Long id = e.getParticipant().getId();
            if (e.counts() && !e.getHappenedOn().isBefore(starts.get(id))) {
                result.get(id).add(e.activity());
            }
        }
        return result;
    }
}
