package org.gatehouse.consent;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.referral.Referral;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Records consent (to mentoring, to sharing with a named partner) and its withdrawal, on a
 * referral or on the case it became; and answers whether a hand-over is covered by it.
 */
@Stateless
public class ConsentRecords {

    private static final String RECORD = "Consent";

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

    @Inject
    private Event<ConsentWithdrawn> withdrawn;

    /** Consent given by a referred person, recorded by the coordinator at intake. */
    public Consent giveOnReferral(long referralId, ConsentScope scope, String partner, LocalDate givenOn) {
        Caller caller = access.requireAgencyRole("record consent on a referral", Role.COORDINATOR);
        Referral referral = referral(caller, referralId);
        // once decided, consent belongs on the case the referral became
        referral.requireUndecided();
        return save(new Consent(referral, null, scope, partner, givenOn, caller.username(),
                LocalDate.now(clock), Instant.now(clock)), caller);
    }

    /** Consent given on an enrolled case. */
    public Consent giveOnCase(long participantId, ConsentScope scope, String partner, LocalDate givenOn) {
        Caller caller = access.requireAgencyRole("record consent", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseToChange(participantId);
        return save(new Consent(null, participant, scope, partner, givenOn, caller.username(), LocalDate.now(clock),
                Instant.now(clock)), caller);
    }

    private Consent save(Consent consent, Caller caller) {
        em.persist(consent);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, consent.getId(), subject(consent) + ": "
                + consent.getScope() + " given " + consent.getGivenOn());
        return consent;
    }

    public Consent withdraw(long consentId, LocalDate on) {
        Caller caller = access.requireAgencyRole("record a withdrawal of consent", AccessPolicy.CASE_EDITORS);
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null || !consent.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("consent " + consentId);
        }
        if (consent.getParticipant() != null) {
            registry.caseToChange(consent.getParticipant().getId()); // the case's restriction applies
        } else if (!caller.has(Role.COORDINATOR)) {
            throw access.denied(caller, "change consent on a referral");
        }
        consent.withdraw(on, LocalDate.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, consentId, subject(consent) + ": "
                + consent.getScope() + " withdrawn " + on);
        if (consent.getParticipant() != null) {
            withdrawn.fire(new ConsentWithdrawn(consent.getParticipant().getId()));
        }
        return consent;
    }

    public List<Consent> ofReferral(long referralId) {
        Caller caller = access.requireAgencyRole("see consent on a referral", Role.COORDINATOR);
        return em.createNamedQuery(Consent.OF_REFERRAL, Consent.class)
                .setParameter("referral", referral(caller, referralId)).getResultList();
    }

    /**
     * The consents of each of the cases, with one query: for lists built from the registry (which
     * leaves out what the caller may not reach). The tenant binding keeps out other agencies' rows.
     */
    public Map<Long, List<Consent>> ofCases(Collection<Participant> cases) {
        access.requireAgencyRole("see consents", AccessPolicy.CASE_EDITORS);
        if (cases.isEmpty()) {
            return Map.of();
        }
        Set<Long> wanted = cases.stream().map(Participant::getId).collect(Collectors.toSet());
        return em.createQuery("select c from Consent c where c.participant is not null", Consent.class)
                .getResultStream().filter(c -> wanted.contains(c.getParticipant().getId()))
                .collect(Collectors.groupingBy(c -> c.getParticipant().getId()));
    }

    public List<Consent> ofCase(long participantId) {
        access.requireAgencyRole("see consent", AccessPolicy.CASE_STAFF);
        return em.createNamedQuery(Consent.OF_CASE, Consent.class)
                .setParameter("participant", registry.caseOf(participantId)).getResultList();
    }

    /** Whether any of the consents lets information go, today, to a partner known by any of the names. */
    public static boolean allowSharing(Collection<Consent> consents, LocalDate today, String... names) {
        for (Consent consent : consents) {
            for (String name : names) {
                if (consent.allowsSharingWith(name, today)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean allowMentoring(Collection<Consent> consents, LocalDate today) {
        return consents.stream().anyMatch(c -> c.getScope() == ConsentScope.MENTORING && c.isActiveOn(today));
    }

    private Referral referral(Caller caller, long referralId) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || !referral.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("referral " + referralId);
        }
        return referral;
    }

    private static String subject(Consent consent) {
        return consent.getParticipant() != null ? "participant " + consent.getParticipant().getId()
                : "referral " + consent.getReferral().getId();
    }
}
