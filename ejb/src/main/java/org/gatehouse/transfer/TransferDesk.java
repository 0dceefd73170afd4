package org.gatehouse.transfer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.CaseEnded;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentWithdrawn;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Texts;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/**
 * Transfers of cases between agencies: the sending coordinator proposes (with the person's consent
 * to share with the receiving agency), the receiving coordinator accepts or declines. Every step
 * is audited in both agencies' trails.
 */
@Stateless
public class TransferDesk {

    static final String RECORD = "CaseTransfer";
    private static final Logger LOG = Logger.getLogger(TransferDesk.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ConsentRecords consents;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private TransferReception reception;

    @Inject
    private HandOvers handOvers;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public CaseTransfer propose(long participantId, long expectedVersion, String toAgencyCode, String reason) {
        Caller caller = coordinator("propose a transfer");
        Participant participant = registry.caseToChange(participantId);
        if (participant.getVersion() != expectedVersion) {
            throw new StaleRecordException("participant " + participant.getExternalRef());
        }
        String code = Texts.strippedOrNull(toAgencyCode);
        Agency to = code == null ? null : agencies.findAgency(code).orElse(null);
        if (to == null) {
            throw new InvalidInputException("to_agency", "choose the agency that will take the case on");
        }
        if (!em.createNamedQuery(CaseTransfer.OF_CASE, CaseTransfer.class).setParameter("agency", caller.agencyId())
                .setParameter("participant", participantId).getResultStream()
                .noneMatch(t -> t.getStatus() == TransferStatus.PROPOSED)) {
            throw new InvalidInputException(null, "a transfer of this case is already awaiting an answer");
        }
        LocalDate today = LocalDate.now(clock);
        if (!ConsentRecords.allowSharing(consents.ofCase(participantId), today, to.getCode(), to.getName())) {
            throw new InvalidInputException("to_agency", "the person has not consented to sharing their information "
                    + "with " + to.getName() + ": record that consent on the case first");
        }
        // one proposal at a time: a concurrent one fails on the case's version
        em.lock(participant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        CaseTransfer transfer = new CaseTransfer(participant, to, reason, caller.username(), today);
        em.persist(transfer);
        em.flush();
        auditBoth(transfer, AuditKind.CREATE, "proposed by " + transfer.getFromAgency().getCode() + " to "
                + to.getCode() + " (participant " + participantId + ")");
        return transfer;
    }

    /** Transfers proposed to the caller's agency, awaiting its answer. */
    public List<CaseTransfer> incoming() {
        Caller caller = coordinator("see incoming transfers");
        return em.createNamedQuery(CaseTransfer.INCOMING, CaseTransfer.class).setParameter("agency", caller.agencyId())
                .setParameter("status", TransferStatus.PROPOSED).getResultList();
    }

    /** Transfers the caller's agency proposed, newest first. */
    public List<CaseTransfer> outgoing() {
        Caller caller = coordinator("see outgoing transfers");
        return em.createNamedQuery(CaseTransfer.OUTGOING, CaseTransfer.class).setParameter("agency", caller.agencyId())
                .setMaxResults(200).getResultList();
    }

    /** The transfers of one of the caller's cases: out of it, or the one that brought it in. */
    public List<CaseTransfer> ofCase(long participantId) {
        Caller caller = access.requireAgencyRole("see a case's transfers", AccessPolicy.CASE_STAFF);
        registry.caseOf(participantId);
        List<CaseTransfer> result = new ArrayList<>(em.createNamedQuery(CaseTransfer.RECEIVED_AS,
                CaseTransfer.class).setParameter("agency", caller.agencyId()).setParameter("participant", participantId)
                .getResultList());
        result.addAll(em.createNamedQuery(CaseTransfer.OF_CASE, CaseTransfer.class)
                .setParameter("agency", caller.agencyId()).setParameter("participant", participantId).getResultList());
        return result;
    }

    /** A transfer either side may read. */
    public CaseTransfer transfer(long id) {
        Caller caller = coordinator("open a transfer");
        CaseTransfer transfer = involving(caller, id);
        audit.recordNow(AuditKind.READ, caller.agencyId(), RECORD, id, null);
        return transfer;
    }

    /**
     * The receiving agency accepts: it enrols its own case from the shared details, then the sender's
     * case ends as transferred. Two transactions, one per agency, so neither writes the other's
     * records; a hand-over interrupted between them is finished by {@link HandOverSweeper}.
     *
     * @return the receiving agency's new case
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Participant accept(long id, long expectedVersion, String region, String program, String externalRef) {
        coordinator("accept a transfer");
        CaseTransfer proposed = reception.proposed(id);
        Caller sender = Caller.systemFor(proposed.getFromAgency().getId(), proposed.getFromAgency().getCode());
        if (!Callers.runAs(sender, () -> handOvers.stillTransferable(id))) {
            throw new InvalidInputException(null, "this transfer is no longer possible: the case has ended or the "
                    + "person withdrew their consent to share, and it has been withdrawn");
        }
        Participant received = reception.receive(id, expectedVersion, region, program, externalRef);
        try {
            Callers.runAs(sender, () -> handOvers.closeAtSource(id));
        } catch (RuntimeException interrupted) {
            // the case is the receiver's already; HandOverSweeper closes the sender's side
            LOG.warning(() -> "Hand-over of transfer " + id + " left to the sweeper ("
                    + interrupted.getClass().getSimpleName() + ")");
        }
        return received;
    }

    public CaseTransfer decline(long id, long expectedVersion, String note) {
        Caller caller = coordinator("decline a transfer");
        CaseTransfer transfer = current(caller, id, expectedVersion, false);
        transfer.decline(note, caller.username(), LocalDate.now(clock));
        em.flush();
        auditBoth(transfer, AuditKind.UPDATE, "declined by " + transfer.getToAgency().getCode());
        return transfer;
    }

    /** A case ended: its pending transfers are withdrawn in the same transaction. */
    public void onCaseEnded(@Observes CaseEnded ended) {
        withdrawPending(ended.participantId(), t -> true, "the case ended");
    }

    /** Consent withdrawn: pending transfers it no longer covers are withdrawn in the same transaction. */
    public void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        LocalDate today = LocalDate.now(clock);
        List<Consent> remaining = consents.ofCase(withdrawn.participantId());
        withdrawPending(withdrawn.participantId(), t -> !ConsentRecords.allowSharing(remaining, today,
                t.getToAgency().getCode(), t.getToAgency().getName()), "consent to share was withdrawn");
    }

    private void withdrawPending(long participantId, Predicate<CaseTransfer> which, String why) {
        Caller caller = access.current();
        for (CaseTransfer transfer : em.createNamedQuery(CaseTransfer.OF_CASE, CaseTransfer.class)
                .setParameter("agency", caller.agencyId()).setParameter("participant", participantId)
                .getResultList()) {
            if (transfer.getStatus() == TransferStatus.PROPOSED && which.test(transfer)) {
                transfer.withdraw(caller.username(), LocalDate.now(clock), why);
                auditBoth(transfer, AuditKind.UPDATE, "withdrawn: " + why);
            }
        }
    }

    public CaseTransfer withdraw(long id, long expectedVersion) {
        Caller caller = coordinator("withdraw a transfer");
        CaseTransfer transfer = current(caller, id, expectedVersion, true);
        transfer.withdraw(caller.username(), LocalDate.now(clock), null);
        em.flush();
        auditBoth(transfer, AuditKind.UPDATE, "withdrawn by " + transfer.getFromAgency().getCode());
        return transfer;
    }

    private CaseTransfer involving(Caller caller, long id) {
        CaseTransfer transfer = em.find(CaseTransfer.class, id);
        if (transfer == null || !transfer.involves(caller.agencyId())) {
            throw new NotFoundException("transfer " + id);
        }
        return transfer;
    }

    /** The transfer, to be changed by its sending ({@code asSender}) or its receiving agency only. */
    private CaseTransfer current(Caller caller, long id, long expectedVersion, boolean asSender) {
        CaseTransfer transfer = em.find(CaseTransfer.class, id);
        Agency side = transfer == null ? null : asSender ? transfer.getFromAgency() : transfer.getToAgency();
        if (side == null || !side.getId().equals(caller.agencyId())) {
            throw new NotFoundException("transfer " + id);
        }
        if (transfer.getVersion() != expectedVersion) {
            throw new StaleRecordException("transfer " + id);
        }
        return transfer;
    }

    void auditBoth(CaseTransfer transfer, AuditKind kind, String detail) {
        audit.record(kind, transfer.getFromAgency().getId(), RECORD, transfer.getId(), detail);
        audit.record(kind, transfer.getToAgency().getId(), RECORD, transfer.getId(), detail);
    }

    private Caller coordinator(String action) {
        return access.requireAgencyRole(action, Role.COORDINATOR);
    }
}
