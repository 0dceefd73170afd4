package org.gatehouse.matching;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentoringSettings;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Pool proposals: every participant waiting for a mentor assigned at once (see {@link PoolAssigner}),
 * kept pending until the coordinator publishes it (each placement, checked again, becomes a match)
 * or discards it. One proposal is pending at a time: a new one replaces it.
 */
@Stateless
public class PoolProposals {

    private static final String RECORD = "PoolProposal";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private MatchingDesk desk;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What happened to each placement when a proposal was published. */
    public record Published(int started, List<String> skipped) {
        public Published {
            skipped = List.copyOf(skipped);
        }
    }

    /** Assigns every waiting participant now; the proposal waits for the coordinator. */
    public PoolProposal propose() {
        Caller caller = access.requireAgencyRole("propose matches for the waiting participants", Role.COORDINATOR);
        pending().ifPresent(older -> older.decide(ProposalStatus.DISCARDED, caller.username(), Instant.now(clock)));
        MentoringSettings settings = mentors.settings();
        Pool pool = PoolAssigner.assign(desk.profilesOf(desk.waiting()), desk.candidates(), MatchWeights.of(settings),
                MatchRules.of(settings), LocalDate.now(clock));
        PoolProposal proposal = new PoolProposal(pool, caller.username(), Instant.now(clock));
        em.persist(proposal);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, proposal.getId(), pool.assignments().size()
                + " placed, " + pool.unplaced().size() + " left, total score " + pool.totalScore());
        return proposal;
    }

    public Optional<PoolProposal> pending() {
        access.requireAgencyRole("see the pending pool proposal", Role.COORDINATOR);
        return em.createNamedQuery(PoolProposal.WITH_STATUS, PoolProposal.class)
                .setParameter("status", ProposalStatus.PENDING).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Starts a match for every placement that still holds (the mentor still eligible, the
     * participant still waiting), supervised by the case worker; says why any other was skipped.
     */
    public Published publish(long proposalId, long expectedVersion, long caseWorkerId) {
        Caller caller = access.requireAgencyRole("publish a pool proposal", Role.COORDINATOR);
        PoolProposal proposal = current(proposalId, expectedVersion);
        proposal.decide(ProposalStatus.PUBLISHED, caller.username(), Instant.now(clock));
        if (desk.caseWorkers().stream().noneMatch(u -> u.getId() == caseWorkerId)) {
            throw new InvalidInputException("case_worker", "must be an enabled case worker of this agency");
        }
        int started = 0;
        List<String> skipped = new ArrayList<>();
        for (PoolPlacement placement : proposal.getPlacements()) {
            Optional<String> why = desk.placeFromPool(placement.getParticipantId(), placement.getMentorId(),
                    caseWorkerId);
            if (why.isPresent()) {
                skipped.add(why.get());
            } else {
                started++;
            }
        }
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, proposalId, "published: " + started + " started, "
                + skipped.size() + " skipped");
        return new Published(started, skipped);
    }

    public PoolProposal discard(long proposalId, long expectedVersion) {
        Caller caller = access.requireAgencyRole("discard a pool proposal", Role.COORDINATOR);
        PoolProposal proposal = current(proposalId, expectedVersion);
        proposal.decide(ProposalStatus.DISCARDED, caller.username(), Instant.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, proposalId, "discarded");
        return proposal;
    }

    private PoolProposal current(long id, long expectedVersion) {
        PoolProposal proposal = em.find(PoolProposal.class, id);
        if (proposal == null || !proposal.getAgency().getId().equals(access.current().agencyId())) {
            throw new NotFoundException("pool proposal " + id);
        }
        if (proposal.getVersion() != expectedVersion) {
            throw new StaleRecordException("pool proposal " + id);
        }
        return proposal;
    }
}
