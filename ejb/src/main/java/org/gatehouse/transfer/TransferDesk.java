package org.gatehouse.transfer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.consent.ConsentRecords;
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
        Participant participant = registry.caseOf(participantId);
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
        Participant received = reception.receive(id, expectedVersion, region, program, externalRef);
        CaseTransfer transfer = reception.accepted(id);
        Callers.runAs(Caller.systemFor(transfer.getFromAgency().getId(), transfer.getFromAgency().getCode()),
                () -> handOvers.closeAtSource(id));
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

    public CaseTransfer withdraw(long id, long expectedVersion) {
        Caller caller = coordinator("withdraw a transfer");
        CaseTransfer transfer = current(caller, id, expectedVersion, true);
        transfer.withdraw(caller.username(), LocalDate.now(clock));
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

    private void auditBoth(CaseTransfer transfer, AuditKind kind, String detail) {
        audit.record(kind, transfer.getFromAgency().getId(), RECORD, transfer.getId(), detail);
        audit.record(kind, transfer.getToAgency().getId(), RECORD, transfer.getId(), detail);
    }

    private Caller coordinator(String action) {
        return access.requireAgencyRole(action, Role.COORDINATOR);
    }
}
