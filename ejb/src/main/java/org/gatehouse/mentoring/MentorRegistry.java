package org.gatehouse.mentoring;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Region;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.audit.FieldChanges;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAccount;

/**
 * The coordinator's mentors: recruitment (applicants), vetting checks with their expiry, and the
 * lifecycle. Case workers may read them (they supervise mentors); agency administrators set which
 * checks the agency asks for.
 */
@Stateless
public class MentorRegistry {

    private static final String RECORD = "Mentor";
    private static final Role[] READERS = {Role.COORDINATOR, Role.CASE_WORKER};

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<MentorLeaving> leaving;

    public Mentor register(MentorDetails details) {
        Caller caller = access.requireAgencyRole("record a mentor", Role.COORDINATOR);
        Agency agency = em.find(Agency.class, caller.agencyId());
        // settings first: an unknown former participant marks the transaction for rollback
        int wait = settingsOf(caller).getFormerParticipantWaitDays();
        Mentor mentor = Mentor.apply(agency, region(agency, details), formerParticipant(details), details, wait,
                LocalDate.now(clock), Instant.now(clock));
        em.persist(mentor);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, mentor.getId(), null);
        return mentor;
    }

    public Mentor revise(long id, long expectedVersion, MentorDetails details) {
        Caller caller = access.requireAgencyRole("change a mentor", Role.COORDINATOR);
        Mentor mentor = current(caller, id, expectedVersion);
        MentorDetails before = mentor.details();
        int wait = settingsOf(caller).getFormerParticipantWaitDays();
        mentor.revise(region(mentor.getAgency(), details), formerParticipant(details), details, wait,
                LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id,
                FieldChanges.between(before, details));
        return mentor;
    }

    /** Moves the mentor on (becoming active needs cleared vetting, leaving needs a reason). */
    public Mentor moveTo(long id, long expectedVersion, MentorStatus next, String reason) {
        Caller caller = access.requireAgencyRole("change a mentor's status", Role.COORDINATOR);
        Mentor mentor = current(caller, id, expectedVersion);
        MentorStatus before = mentor.getStatus();
        if (next == MentorStatus.EXITED) {
            leaving.fire(new MentorLeaving(id));
        }
        mentor.moveTo(next, reason, vettingOf(mentor), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "status: " + before + " -> " + next);
        return mentor;
    }

    /** Links the mentor's record to the account they sign in with (a user of the agency with the mentor role). */
    public Mentor linkAccount(long id, long expectedVersion, String username) {
        Caller caller = access.requireAgencyRole("link a mentor's account", Role.COORDINATOR);
        Mentor mentor = current(caller, id, expectedVersion);
        UserAccount account = username == null || username.isBlank() ? null : em.createNamedQuery(
                UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("account",
                        Mentor.ACCOUNT_RULE));
        if (account != null && !em.createNamedQuery(Mentor.BY_ACCOUNT, Mentor.class).setParameter("account", account)
                .getResultList().stream().allMatch(m -> m.getId().equals(id))) {
            throw new InvalidInputException("account", "this user is already linked to another mentor");
        }
        mentor.linkAccount(account, Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "account: "
                + (account == null ? "none" : account.getUsername()));
        return mentor;
    }

    /** The mentor record of the signed-in mentor, if their account is linked to one. */
    public Optional<Mentor> ownRecord() {
        Caller caller = access.requireAgencyRole("see one's mentor record", Role.MENTOR);
        UserAccount account = em.find(UserAccount.class, caller.userId());
        return em.createNamedQuery(Mentor.BY_ACCOUNT, Mentor.class).setParameter("account", account)
                .getResultStream().findFirst();
    }

    /** The agency's mentoring settings (its defaults if it never changed them). */
    public MentoringSettings settings() {
        return settingsOf(access.requireAgencyRole("see the mentoring settings", Role.AGENCY_ADMIN,
                Role.COORDINATOR, Role.CASE_WORKER));
    }

    /** Weights in the order of {@link MentoringSettings#weights()}. */
    public MentoringSettings changeSettings(long expectedVersion, int[] weights, int livedExperienceMinDays,
                                           int experiencedAfterMatches, int formerParticipantWaitDays) {
        Caller caller = access.requireAgencyRole("change the mentoring settings", Role.AGENCY_ADMIN);
        MentoringSettings stored = em.find(MentoringSettings.class, caller.agencyId());
        // the defaults an agency has before it saves its own are version 0
        if ((stored == null ? 0 : stored.getVersion()) != expectedVersion) {
            throw new StaleRecordException("mentoring settings");
        }
        MentoringSettings settings = stored != null ? stored
                : MentoringSettings.defaultsFor(caller.agencyId(), Instant.now(clock));
        String before = Arrays.toString(settings.weights()) + ", " + settings.getLivedExperienceMinDays()
                + ", " + settings.getExperiencedAfterMatches() + ", " + settings.getFormerParticipantWaitDays();
        settings.change(weights, livedExperienceMinDays, experiencedAfterMatches, formerParticipantWaitDays,
                Instant.now(clock));
        if (stored == null) {
            em.persist(settings);
        }
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), "MentoringSettings", caller.agencyId(), "weights, "
                + "lived-experience days, experienced after, former-participant wait: " + before + " -> "
                + Arrays.toString(weights) + ", " + livedExperienceMinDays + ", " + experiencedAfterMatches
                + ", " + formerParticipantWaitDays);
        return settings;
    }

    /**
     * Every mentor who could be matched now or soon (not applicants, not exited), with their
     * vetting today: the matcher's candidates. One query per table, whatever the number of mentors.
     */
    public Map<Mentor, VettingStatus> matchable() {
        access.requireAgencyRole("list matchable mentors", READERS);
        List<MentorStatus> statuses = List.of(MentorStatus.IN_TRAINING, MentorStatus.ACTIVE, MentorStatus.PAUSED);
        return withVetting(statuses, m -> true);
    }

    /** Opens a mentor's record: an audited read. */
    public Mentor mentor(long id) {
        Caller caller = access.requireAgencyRole("open a mentor", READERS);
        Mentor mentor = own(caller, id);
        audit.recordNow(AuditKind.READ, caller.agencyId(), RECORD, id, null);
        return mentor;
    }

    /** The agency's mentors with the status (all when null). */
    public List<Mentor> mentors(MentorStatus status) {
        access.requireAgencyRole("list mentors", READERS);
        return status == null ? em.createNamedQuery(Mentor.ALL, Mentor.class).getResultList()
                : em.createNamedQuery(Mentor.WITH_STATUS, Mentor.class).setParameter("status", status)
                        .getResultList();
    }

    public List<CheckType> checkTypes() {
        Caller caller = access.requireAgencyRole("see the vetting checks", Role.AGENCY_ADMIN, Role.COORDINATOR,
                Role.CASE_WORKER);
        return em.createNamedQuery(CheckType.OF_AGENCY, CheckType.class)
                .setParameter("agency", em.find(Agency.class, caller.agencyId())).getResultList();
    }

    /** A check the agency adds to those it asks of its mentors. */
    public CheckType addCheckType(String code, String name, boolean required) {
        Caller caller = access.requireAgencyRole("add a vetting check", Role.AGENCY_ADMIN);
        Agency agency = em.find(Agency.class, caller.agencyId());
        CheckType type = new CheckType(agency, code, name, required);
        if (checkTypes().stream().anyMatch(t -> t.getCode().equals(type.getCode()))) {
            throw new InvalidInputException("code", "the agency already asks for a check " + type.getCode());
        }
        em.persist(type);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "CheckType", type.getId(), type.getCode());
        return type;
    }

    public VettingCheck recordCheck(long mentorId, long checkTypeId, LocalDate completedOn, LocalDate expiresOn) {
        Caller caller = access.requireAgencyRole("record a vetting check", Role.COORDINATOR);
        Mentor mentor = own(caller, mentorId);
        CheckType type = em.find(CheckType.class, checkTypeId);
        VettingCheck check = new VettingCheck(mentor, type, completedOn, expiresOn, caller.username(),
                LocalDate.now(clock), Instant.now(clock));
        em.persist(check);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "VettingCheck", check.getId(), "mentor " + mentorId + ": "
                + type.getCode() + " completed " + completedOn + (expiresOn == null ? "" : ", expires " + expiresOn));
        return check;
    }

    /** The mentor's checks, latest first. */
    public List<VettingCheck> checks(long mentorId) {
        Caller caller = access.requireAgencyRole("see a mentor's checks", READERS);
        return em.createNamedQuery(VettingCheck.OF_MENTOR, VettingCheck.class)
                .setParameter("mentor", own(caller, mentorId)).getResultList();
    }

    public VettingStatus vetting(long mentorId) {
        Caller caller = access.requireAgencyRole("see a mentor's vetting", READERS);
        return vettingOf(own(caller, mentorId));
    }

    /**
     * Mentors in training, active or paused whose vetting needs the coordinator: a required check
     * missing, expired, or expiring within {@value VettingStatus#WARNING_DAYS} days.
     */
    public Map<Mentor, VettingStatus> needingVettingAttention() {
        access.requireAgencyRole("see mentors' vetting", Role.COORDINATOR);
        return withVetting(List.of(MentorStatus.IN_TRAINING, MentorStatus.ACTIVE, MentorStatus.PAUSED),
                VettingStatus::needsAttention);
    }

    private Map<Mentor, VettingStatus> withVetting(List<MentorStatus> statuses, Predicate<VettingStatus> wanted) {
        List<CheckType> types = checkTypes();
        Map<Long, List<VettingCheck>> checks = em.createNamedQuery(VettingCheck.OF_MENTORS, VettingCheck.class)
                .setParameter("statuses", statuses).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.getMentor().getId()));
        LocalDate today = LocalDate.now(clock);
        Map<Mentor, VettingStatus> result = new LinkedHashMap<>();
        for (Mentor mentor : em.createNamedQuery(Mentor.ALL, Mentor.class).getResultList()) {
            if (!statuses.contains(mentor.getStatus())) {
                continue;
            }
            VettingStatus status = VettingStatus.of(types, checks.getOrDefault(mentor.getId(), List.of()), today);
            if (wanted.test(status)) {
                result.put(mentor, status);
            }
        }
        return result;
    }

    private MentoringSettings settingsOf(Caller caller) {
        MentoringSettings settings = em.find(MentoringSettings.class, caller.agencyId());
        return settings != null ? settings : MentoringSettings.defaultsFor(caller.agencyId(), Instant.now(clock));
    }

    private VettingStatus vettingOf(Mentor mentor) {
        return VettingStatus.of(checkTypes(), em.createNamedQuery(VettingCheck.OF_MENTOR, VettingCheck.class)
                .setParameter("mentor", mentor).getResultList(), LocalDate.now(clock));
    }

    private Region region(Agency agency, MentorDetails details) {
        return details.region() == null ? null : agencies.findRegion(agency, details.region()).orElse(null);
    }

    private Participant formerParticipant(MentorDetails details) {
        if (details.formerParticipantId() == null) {
            return null;
        }
        try {
            return participants.caseOf(details.formerParticipantId());
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    private Mentor own(Caller caller, long id) {
        Mentor mentor = em.find(Mentor.class, id);
        if (mentor == null || !mentor.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("mentor " + id);
        }
        return mentor;
    }

    private Mentor current(Caller caller, long id, long expectedVersion) {
        Mentor mentor = own(caller, id);
        if (mentor.getVersion() != expectedVersion) {
            throw new StaleRecordException("mentor " + id);
        }
        return mentor;
    }
}
