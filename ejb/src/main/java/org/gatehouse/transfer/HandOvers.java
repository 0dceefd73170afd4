package org.gatehouse.transfer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * The sending agency's side of an accepted transfer: its case ends as transferred. Runs as the
 * system acting for the sending agency, each hand-over in its own transaction; doing it twice is
 * harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HandOvers {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public void closeAtSource(long transferId) {
        Caller caller = requireSystem();
        CaseTransfer transfer = em.find(CaseTransfer.class, transferId);
        if (transfer == null || !transfer.getFromAgency().getId().equals(caller.agencyId())
                || transfer.getStatus() != TransferStatus.ACCEPTED || transfer.getHandedOverAt() != null) {
            return;
        }
        Participant participant = em.find(Participant.class, transfer.getParticipantId());
        LocalDate today = LocalDate.now(clock);
        if (participant != null && participant.isOpen()) {
            participant.handOver(today, Instant.now(clock));
            audit.record(AuditKind.UPDATE, caller.agencyId(), "Participant", participant.getId(),
                    "handed over to " + transfer.getToAgency().getCode() + " (transfer " + transferId + ")");
        }
        transfer.handedOver(Instant.now(clock));
    }

    /**
     * Whether the proposed transfer is still covered on the sender's side (its case open, the
     * person's consent to share with the receiver in force); if not, it is withdrawn now.
     */
    public boolean stillTransferable(long transferId) {
        Caller caller = requireSystem();
        CaseTransfer transfer = em.find(CaseTransfer.class, transferId);
        if (transfer == null || !transfer.getFromAgency().getId().equals(caller.agencyId())
                || transfer.getStatus() != TransferStatus.PROPOSED) {
            return false;
        }
        Participant participant = em.find(Participant.class, transfer.getParticipantId());
        LocalDate today = LocalDate.now(clock);
        String why = null;
        if (participant == null || !participant.isOpen()) {
            why = "the case ended";
        } else if (!ConsentRecords.allowSharing(em.createNamedQuery(Consent.OF_CASE, Consent.class)
                .setParameter("participant", participant).getResultList(), today,
                transfer.getToAgency().getCode(), transfer.getToAgency().getName())) {
            why = "consent to share was withdrawn";
        }
        if (why == null) {
            return true;
        }
        transfer.withdraw(caller.username(), today, why);
        for (Long agency : new Long[] {transfer.getFromAgency().getId(), transfer.getToAgency().getId()}) {
            audit.record(AuditKind.UPDATE, agency, TransferDesk.RECORD, transferId, "withdrawn: " + why);
        }
        return false;
    }

    /** The accepted transfers of the agency whose sending side is not closed yet. */
    public List<Long> awaitingHandOver() {
        Caller caller = requireSystem();
        return em.createNamedQuery(CaseTransfer.AWAITING_HAND_OVER, CaseTransfer.class)
                .setParameter("agency", caller.agencyId()).getResultStream().map(CaseTransfer::getId).toList();
    }

    private Caller requireSystem() {
        Caller caller = callers.current();
        if (!caller.isSystem()) {
            throw new IllegalStateException("hand-overs are closed by the system for the sending agency");
        }
        return caller;
    }
}
