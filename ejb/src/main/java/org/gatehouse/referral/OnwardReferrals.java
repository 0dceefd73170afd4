package org.gatehouse.referral;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gatehouse.agency.Agency;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.security.Callers;

/**
 * Delivers an onward referral to the receiving agency's desk, in its own transaction bound to that
 * agency (the sender can never write the receiver's records in its own). Called only by
 * {@link ReferralDesk}, as the system acting for the receiving agency; delivering twice is harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OnwardReferrals {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public void deliver(Referral origin, String fromAgencyName) {
        Long agencyId = callers.current().agencyId();
        if (!callers.current().isSystem() || agencyId.equals(origin.getAgency().getId())) {
            throw new IllegalStateException("onward referrals are delivered by the system for the receiving agency");
        }
        if (!em.createNamedQuery(Referral.BY_ORIGIN, Referral.class).setParameter("origin", origin.getId())
                .getResultList().isEmpty()) {
            return;
        }
        Referral delivered = Referral.referredOnFrom(em.find(Agency.class, agencyId), origin, fromAgencyName,
                LocalDate.now(clock), Instant.now(clock));
        em.persist(delivered);
        em.flush();
        audit.record(AuditKind.CREATE, agencyId, "Referral", delivered.getId(), "referred on by " + fromAgencyName);
    }
}
