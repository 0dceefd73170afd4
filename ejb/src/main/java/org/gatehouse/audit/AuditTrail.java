package org.gatehouse.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction (a change that rolls back
 * leaves no entry); {@link #recordNow} commits on its own (sign-ins, denials, reads: they happened
 * whatever becomes of the rest).
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Clock clock;

    @Inject
    private AccessPolicy access;

    public void record(AuditKind kind, Long agencyId, String recordType, Object recordId, String detail) {
        em.persist(event(callers.current(), kind, agencyId, recordType, recordId, detail, null));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordNow(AuditKind kind, Long agencyId, String recordType, Object recordId, String detail) {
        em.persist(event(callers.current(), kind, agencyId, recordType, recordId, detail, null));
    }

    /** For events before anyone is signed in (sign-in attempts): the actor is named explicitly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFor(String actor, Long agencyId, AuditKind kind, String detail, String sourceAddress) {
        em.persist(new AuditEvent(Instant.now(clock), actor, agencyId, kind, "UserAccount", actor, detail,
                sourceAddress));
    }

    /**
     * The caller's agency's trail, newest first, filtered by any of kind, actor, record and time;
     * for agency administrators only.
     */
    public List<AuditEvent> trail(AuditKind kind, String actor, String recordType, String recordId, Instant from,
                                  Instant to, int first, int max) {
        long agencyId = access.requireAgencyRole("read the audit trail", Role.AGENCY_ADMIN).agencyId();
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.agencyId = :agency");
        if (kind != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (actor != null && !actor.isBlank()) {
            jpql.append(" and e.actor = :actor");
        }
        if (recordType != null && !recordType.isBlank()) {
            jpql.append(" and e.recordType = :recordType");
        }
        if (recordId != null && !recordId.isBlank()) {
            jpql.append(" and e.recordId = :recordId");
        }
        if (from != null) {
            jpql.append(" and e.at >= :from");
        }
        if (to != null) {
            jpql.append(" and e.at < :to");
        }
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class)
                .setParameter("agency", agencyId);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", actor.strip().toLowerCase(Locale.ROOT));
        }
        if (recordType != null && !recordType.isBlank()) {
            query.setParameter("recordType", recordType);
        }
        if (recordId != null && !recordId.isBlank()) {
            query.setParameter("recordId", recordId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private AuditEvent event(Caller caller, AuditKind kind, Long agencyId, String recordType, Object recordId,
                             String detail, String sourceAddress) {
        return new AuditEvent(Instant.now(clock), caller.username(), agencyId != null ? agencyId : caller.agencyId(),
                kind, recordType, recordId == null ? null : recordId.toString(), detail, sourceAddress);
    }
}
