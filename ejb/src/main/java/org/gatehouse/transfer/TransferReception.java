package org.gatehouse.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/** The receiving agency's side of an accepted transfer, in its own transaction (see {@link TransferDesk#accept}). */
@Stateless
public class TransferReception {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Participant receive(long id, long expectedVersion, String region, String program, String externalRef) {
        Caller caller = access.requireAgencyRole("accept a transfer", Role.COORDINATOR);
        CaseTransfer transfer = em.find(CaseTransfer.class, id);
        if (transfer == null || !transfer.getToAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("transfer " + id);
        }
        if (transfer.getVersion() != expectedVersion) {
            throw new StaleRecordException("transfer " + id);
        }
        // a woman's case goes to the program's women's stream, as at referral
        String enrolled = program == null ? null : agencies.findProgram(transfer.getToAgency(), program)
                .map(p -> p.enrolmentFor(transfer.getGender()).getCode()).orElse(program);
        Participant received = registry.register(transfer.detailsFor(externalRef, region, enrolled));
        transfer.accept(received, caller.username(), LocalDate.now(clock));
        em.flush();
        String detail = "accepted by " + transfer.getToAgency().getCode() + " as participant " + received.getId();
        audit.record(AuditKind.UPDATE, transfer.getFromAgency().getId(), TransferDesk.RECORD, id, detail);
        audit.record(AuditKind.UPDATE, transfer.getToAgency().getId(), TransferDesk.RECORD, id, detail);
        return received;
    }

    /** A transfer proposed to the caller's agency. */
    public CaseTransfer proposed(long id) {
        Caller caller = access.requireAgencyRole("accept a transfer", Role.COORDINATOR);
        CaseTransfer transfer = em.find(CaseTransfer.class, id);
        if (transfer == null || !transfer.getToAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("transfer " + id);
        }
        return transfer;
    }
}
