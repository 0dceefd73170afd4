package org.gatehouse.referral;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Texts;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAccount;

/** The coordinator's referral desk: receipt, intake, and the decision on each referral. */
@Stateless
public class ReferralDesk {

    private static final String RECORD = "Referral";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private OnwardReferrals onward;

    @Inject
    private Accounts accounts;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Referral receive(ReferralDetails details) {
        Caller caller = coordinator("record a referral");
        Agency agency = em.find(Agency.class, caller.agencyId());
        Region region = details.region() == null ? null : agencies.findRegion(agency, details.region()).orElse(null);
        Referral referral = Referral.receive(agency, region, details, LocalDate.now(clock), Instant.now(clock));
        em.persist(referral);
        em.flush();
        audit.record(AuditKind.CREATE, agency.getId(), RECORD, referral.getId(), "from " + details.source());
        return referral;
    }

    /** The agency's referrals with the status (all when null): awaiting intake soonest release first. */
    public List<Referral> referrals(ReferralStatus status) {
        coordinator("list referrals");
        return status == null ? em.createNamedQuery(Referral.ALL, Referral.class).setMaxResults(500).getResultList()
                : em.createNamedQuery(Referral.WITH_STATUS, Referral.class).setParameter("status", status)
                        .setMaxResults(500).getResultList();
    }

    /**
     * The referrals awaiting intake that the caller takes in: a coordinator assigned to a region
     * gets that region's and those no region has yet; one without a region gets all.
     */
    public List<Referral> awaitingIntake() {
        Caller caller = coordinator("list referrals awaiting intake");
        Region mine = caller.userId() == null ? null
                : accounts.find(caller.username()).map(UserAccount::getRegion).orElse(null);
        return mine == null ? referrals(ReferralStatus.RECEIVED)
                : em.createNamedQuery(Referral.AWAITING_IN_REGION, Referral.class).setParameter("region", mine)
                        .setMaxResults(500).getResultList();
    }

    /** Opens a referral: an audited read. */
    public Referral referral(long id) {
        Caller caller = coordinator("open a referral");
        Referral referral = own(caller, id);
        audit.recordNow(AuditKind.READ, caller.agencyId(), RECORD, id, null);
        return referral;
    }

    public Referral intake(long id, long expectedVersion, String regionCode, Set<Vulnerability> vulnerabilities) {
        Caller caller = coordinator("take in a referral");
        Referral referral = current(caller, id, expectedVersion);
        Region region = regionCode == null ? null
                : agencies.findRegion(referral.getAgency(), regionCode).orElse(null);
        referral.intake(region, vulnerabilities, caller.username(), LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "intake: " + vulnerabilities.size()
                + " vulnerabilities");
        return referral;
    }

    /** Participants of the agency who may be the person referred, shown before the referral is accepted. */
    public List<Participant> possibleDuplicates(long id) {
        Caller caller = coordinator("look for the referred person");
        Referral referral = own(caller, id);
        return registry.possibleDuplicates(new ParticipantDetails(null, referral.getJusticeId(),
                referral.getGivenName(), referral.getFamilyName(), referral.getDateOfBirth(), referral.getGender(),
                null, null, referral.getPrison(), null, referral.getReceivedOn(), referral.getExpectedReleaseDate(),
                null, Set.of(), null, null));
    }

    /**
     * Accepts the referral and enrols the case in the program (a woman's case in the program's
     * gender-sensitive stream, when it has one). Needs the intake done, an eligibility vulnerability
     * and the person's consent to mentoring.
     *
     * @param externalRef the agency's reference for the case; generated when blank
     * @param justiceId   the justice id, when the referral came without one
     */
    public Participant accept(long id, long expectedVersion, String programCode, String externalRef,
                              String justiceId) {
        Caller caller = coordinator("accept a referral");
        Referral referral = current(caller, id, expectedVersion);
        referral.requireAcceptable();
        List<Consent> consents = consentsOf(referral);
        LocalDate today = LocalDate.now(clock);
        if (!ConsentRecords.allowMentoring(consents, today)) {
            throw new InvalidInputException("consent", "record the person's consent to mentoring before accepting");
        }
        Program chosen = programCode == null ? null
                : agencies.findProgram(referral.getAgency(), programCode).orElse(null);
        if (chosen == null) {
            throw new InvalidInputException("program", "choose a program of this agency");
        }
        Program program = chosen.enrolmentFor(referral.getGender());
        String reference = Texts.strippedOrNull(externalRef);
        ParticipantDetails details = new ParticipantDetails(
                reference != null ? reference : caller.agencyCode() + "-R" + referral.getId(),
                referral.getJusticeId() != null ? referral.getJusticeId() : justiceId,
                referral.getGivenName(), referral.getFamilyName(), referral.getDateOfBirth(), referral.getGender(),
                null, referral.getRegion().getCode(), referral.getPrison(), program.getCode(),
                referral.getReceivedOn(), referral.getExpectedReleaseDate(), null, referral.getVulnerabilities(),
                null, null);
        Participant participant = registry.register(details);
        referral.accept(participant, caller.username(), today, Instant.now(clock));
        consents.forEach(c -> c.carryTo(participant));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "accepted: participant "
                + participant.getId() + " in " + program.getCode());
        return participant;
    }

    public Referral decline(long id, long expectedVersion, DeclineReason reason, String note) {
        Caller caller = coordinator("decline a referral");
        Referral referral = current(caller, id, expectedVersion);
        referral.decline(reason, note, caller.username(), LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "declined: " + reason);
        return referral;
    }

    /**
     * Refers the person on: to another agency of this deployment (by code; the referral arrives on
     * its desk) or to a partner named in {@code partner}. Refused unless the person consented to
     * sharing their information with that agency or partner.
     */
    public Referral referOnward(long id, long expectedVersion, String agencyCode, String partner, String note) {
        Caller caller = coordinator("refer a person onward");
        Referral referral = current(caller, id, expectedVersion);
        String code = Texts.strippedOrNull(agencyCode);
        Agency to = code == null ? null : agencies.findAgency(code)
                .orElseThrow(() -> new InvalidInputException("onward_to", "there is no agency " + code));
        String[] names = to != null ? new String[] {to.getCode(), to.getName()} : new String[] {partner};
        LocalDate today = LocalDate.now(clock);
        if (!ConsentRecords.allowSharing(consentsOf(referral), today, names)) {
            throw new InvalidInputException("onward_to", "the person has not consented to sharing their information "
                    + "with " + (to != null ? to.getName() : Texts.strippedOrNull(partner))
                    + ": record that consent first");
        }
        referral.referOnward(partner, to, note, caller.username(), today, Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "referred onward to "
                + referral.getOnwardTo());
        if (to != null) {
            String from = referral.getAgency().getName();
            Callers.runAs(Caller.systemFor(to.getId(), to.getCode()), () -> onward.deliver(referral, from));
        }
        return referral;
    }

    private List<Consent> consentsOf(Referral referral) {
        return em.createNamedQuery(Consent.OF_REFERRAL, Consent.class).setParameter("referral", referral)
                .getResultList();
    }

    private Caller coordinator(String action) {
        return access.requireAgencyRole(action, Role.COORDINATOR);
    }

    private Referral own(Caller caller, long id) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null || !referral.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("referral " + id);
        }
        return referral;
    }

    private Referral current(Caller caller, long id, long expectedVersion) {
        Referral referral = own(caller, id);
        if (referral.getVersion() != expectedVersion) {
            throw new StaleRecordException("referral " + id);
        }
        return referral;
    }
}
