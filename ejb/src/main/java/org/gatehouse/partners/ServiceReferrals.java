package org.gatehouse.partners;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
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
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentWithdrawn;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Onward referrals to partner services: made by case workers and coordinators when the person has
 * consented to sharing with that partner (the referral is also the onward-referral engagement the
 * programs count), then followed through to their outcome.
 */
@Stateless
public class ServiceReferrals {

    private static final String RECORD = "ServiceReferral";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private ConsentRecords consents;

    @Inject
    private EngagementLog engagements;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Refers the person to the service on {@code on} (today when not given), with their consent to share. */
    public ServiceReferral refer(long participantId, long serviceId, String reason, LocalDate on) {
        Caller caller = access.requireAgencyRole("refer to a partner service", AccessPolicy.CASE_EDITORS);
        Participant participant = registry.caseToChange(participantId);
        PartnerService service = directory.service(serviceId);
        LocalDate today = LocalDate.now(clock);
        if (!participant.isOpen()) {
            throw new InvalidInputException(null, "The case is closed: no referrals can be made.");
        }
        List<Consent> given = consents.ofCase(participantId);
        LocalDate day = on == null ? today : on;
        if (!ConsentRecords.allowSharing(given, day, service.getName())
                || !ConsentRecords.allowSharing(given, today, service.getName())) {
            throw new InvalidInputException(null, "Record the person's consent to share their information with "
                    + service.getName() + " (given by the day of the referral and not withdrawn) first");
        }
        ServiceReferral referral = new ServiceReferral(participant, service, reason, day, caller.username(), today,
                Instant.now(clock));
        em.persist(referral);
        em.flush();
        engagements.record(participantId, ActivityKind.ONWARD_REFERRAL, day);
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, referral.getId(), "participant " + participantId
                + " to partner service " + serviceId);
        return referral;
    }

    /** The referral's next step as the caller last saw it (a closing step with its outcome). */
    public ServiceReferral move(long referralId, long expectedVersion, ServiceReferralStatus next, String outcome,
                                LocalDate on) {
        Caller caller = access.requireAgencyRole("update a partner referral", AccessPolicy.CASE_EDITORS);
        ServiceReferral referral = em.find(ServiceReferral.class, referralId);
        if (referral == null) {
            throw new NotFoundException("partner referral " + referralId);
        }
        registry.caseToChange(referral.getParticipant().getId());
        if (referral.getVersion() != expectedVersion) {
            throw new StaleRecordException("partner referral " + referralId);
        }
        ServiceReferralStatus before = referral.getStatus();
        referral.move(next, outcome, on, caller.username(), LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, referralId, "status: " + before + " -> " + next);
        return referral;
    }

    /**
     * A withdrawal of consent ends, in the same transaction, every open referral to a partner the
     * person no longer consents to share with (by the name consented to when it was made: a service
     * renamed since is still the partner they agreed to).
     */
    public void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        Caller caller = access.current();
        Participant participant = registry.caseOf(withdrawn.participantId());
        List<Consent> given = consents.ofCase(withdrawn.participantId());
        LocalDate today = LocalDate.now(clock);
        for (ServiceReferral referral : em.createNamedQuery(ServiceReferral.OF_CASE, ServiceReferral.class)
                .setParameter("participant", participant).getResultList()) {
            String partner = referral.getSharedWith();
            if (referral.isOpen() && !ConsentRecords.allowSharing(given, today, partner)) {
                referral.move(ServiceReferralStatus.WITHDRAWN, "Consent to share with " + partner + " withdrawn",
                        today, caller.username(), today, Instant.now(clock));
                audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, referral.getId(),
                        "withdrawn: consent withdrawn");
            }
        }
    }

    /** The case's referrals to partner services, latest first. */
    public List<ServiceReferral> ofCase(long participantId) {
        access.requireAgencyRole("see a case's partner referrals", AccessPolicy.CASE_EDITORS);
        return em.createNamedQuery(ServiceReferral.OF_CASE, ServiceReferral.class)
                .setParameter("participant", registry.caseOf(participantId)).getResultList();
    }
}
