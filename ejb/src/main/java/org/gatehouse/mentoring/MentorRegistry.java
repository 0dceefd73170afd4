package org.gatehouse.mentoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public Mentor register(MentorDetails details) {
        Caller caller = access.requireAgencyRole("record a mentor", Role.COORDINATOR);
        Agency agency = em.find(Agency.class, caller.agencyId());
        Mentor mentor = Mentor.apply(agency, region(agency, details), formerParticipant(details), details,
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
        mentor.revise(region(mentor.getAgency(), details), formerParticipant(details), details, LocalDate.now(clock),
                Instant.now(clock));
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
        mentor.moveTo(next, reason, vettingOf(mentor), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "status: " + before + " -> " + next);
        return mentor;
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
        List<MentorStatus> watched = List.of(MentorStatus.IN_TRAINING, MentorStatus.ACTIVE, MentorStatus.PAUSED);
        List<CheckType> types = checkTypes();
        List<VettingCheck> checks = em.createNamedQuery(VettingCheck.OF_MENTORS, VettingCheck.class)
                .setParameter("statuses", watched).getResultList();
        LocalDate today = LocalDate.now(clock);
        Map<Mentor, VettingStatus> result = new LinkedHashMap<>();
        for (Mentor mentor : em.createNamedQuery(Mentor.ALL, Mentor.class).getResultList()) {
            if (!watched.contains(mentor.getStatus())) {
                continue;
            }
            VettingStatus status = VettingStatus.of(types,
                    checks.stream().filter(c -> c.getMentor().getId().equals(mentor.getId())).toList(), today);
            if (status.needsAttention()) {
                result.put(mentor, status);
            }
        }
        return result;
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
