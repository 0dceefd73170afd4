package org.gatehouse.casework;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.audit.FieldChanges;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAccount;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.RestrictedRecordException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Violation;

/** Registers, revises and lists an agency's participants. */
@Stateless
public class ParticipantRegistry {

    /** The expected version of a change that applies to whatever version is current (HTTP's {@code If-Match: *}). */
    public static final long ANY_VERSION = Long.MIN_VALUE;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Clock clock;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<CaseEnded> caseEnded;

    @Inject
    private MenteeScope mentees;

    @Inject
    private Event<CaseDetailsChanged> detailsChanged;

    private static final String RECORD = "Participant";

    /** Registers a participant in the caller's agency. */
    public Participant register(ParticipantDetails details) {
        return register(details, SupervisionDetails.UNKNOWN);
    }

    /** Registers a participant with their supervision and risk details, in one transaction. */
    public Participant register(ParticipantDetails details, SupervisionDetails supervision) {
        Caller caller = access.requireAgencyRole("register a participant", AccessPolicy.CASE_EDITORS);
        Agency agency = em.find(Agency.class, caller.agencyId());
        Participant participant = Participant.register(agency, region(agency, details.region()),
                program(agency, details.program()), details, LocalDate.now(clock), Instant.now(clock));
        rejectDuplicateRef(agency, details.externalRef());
        participant.reviseSupervision(supervision, Instant.now(clock));
        em.persist(participant);
        em.flush();
        audit.record(AuditKind.CREATE, agency.getId(), RECORD, participant.getId(), null);
        return participant;
    }

    /**
     * Saves new details over the participant as the caller last saw it.
     *
     * @throws StaleRecordException if it was changed since {@code expectedVersion}
     */
    public Participant revise(long id, long expectedVersion, ParticipantDetails details) {
        return revise(id, expectedVersion, details, null);
    }

    /** Saves new details and, unless null, new supervision and risk details, in one transaction. */
    public Participant revise(long id, long expectedVersion, ParticipantDetails details,
                              SupervisionDetails supervision) {
        access.requireAgencyRole("change a participant", AccessPolicy.CASE_EDITORS);
        Participant participant = current(id, expectedVersion);
        Agency agency = participant.getAgency();
        ParticipantDetails before = participant.details();
        if (participant.revise(region(agency, details.region()), program(agency, details.program()), details,
                LocalDate.now(clock), Instant.now(clock))) {
            em.flush();
            audit.record(AuditKind.UPDATE, agency.getId(), RECORD, id, FieldChanges.between(before, details));
            detailsChanged.fire(new CaseDetailsChanged(id, agency.getId(), agency.getCode()));
        }
        SupervisionDetails supervisionBefore = participant.supervision();
        if (supervision != null && participant.reviseSupervision(supervision, Instant.now(clock))) {
            em.flush();
            audit.record(AuditKind.UPDATE, agency.getId(), RECORD, id,
                    FieldChanges.between(supervisionBefore, supervision));
        }
        return participant;
    }

    /**
     * Moves the case's release dates (a prison system's update), the rest of the case as it is in
     * this transaction: as of the version read, or of whatever version is current ({@link #ANY_VERSION}),
     * which cannot write back other fields read earlier. Checked, audited and re-planned as a revision.
     */
    public Participant moveRelease(long id, long expectedVersion, LocalDate expected, LocalDate actual) {
        access.requireAgencyRole("change a participant's release dates", AccessPolicy.CASE_EDITORS);
        Participant participant = current(id, expectedVersion);
        return revise(id, participant.getVersion(), participant.details().withRelease(expected, actual));
    }

    /**
     * Creates the participant, or updates the one with the same agency reference (imports are
     * idempotent). The caller must be an importer of that agency, or the batch system acting for it.
     */
    public UpsertOutcome upsert(Agency agency, ParticipantDetails details) {
        Caller caller = access.requireAgencyRole("import participants", AccessPolicy.IMPORTERS);
        if (!agency.getId().equals(caller.agencyId())) {
            throw access.denied(caller, "import into another agency");
        }
        Optional<Participant> existing = findByExternalRef(agency, details.externalRef());
        Region region = region(agency, details.region());
        Program program = program(agency, details.program());
        if (existing.isPresent()) {
            ParticipantDetails before = existing.get().details();
            boolean changed = existing.get().revise(region, program, details, LocalDate.now(clock), Instant.now(clock));
            if (changed) {
                audit.record(AuditKind.UPDATE, agency.getId(), RECORD, existing.get().getId(),
                        FieldChanges.between(before, details));
                detailsChanged.fire(new CaseDetailsChanged(existing.get().getId(), agency.getId(), agency.getCode()));
            }
            return changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
        }
        Participant created = Participant.register(em.merge(agency), region, program, details, LocalDate.now(clock),
                Instant.now(clock));
        em.persist(created);
        em.flush();
        audit.record(AuditKind.CREATE, agency.getId(), RECORD, created.getId(), "imported");
        return UpsertOutcome.CREATED;
    }

    /**
     * Which of the justice ids (upper case) name a participant of the agency the system works for:
     * the reoffending feed counts the events it cannot match yet.
     */
    public Set<String> knownJusticeIds(Collection<String> justiceIds) {
        access.requireSystem("match justice ids");
        if (justiceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(Participant.JUSTICE_IDS_AMONG, String.class)
                .setParameter("ids", justiceIds).getResultList());
    }

    /**
     * Participants of the agency who may be the same person as the details describe: the same
     * justice id, or the same name and date of birth (ignoring case). Shown before a new record is
     * saved; records the caller may not reach are not among them.
     */
    public List<Participant> possibleDuplicates(ParticipantDetails details) {
        Caller caller = access.requireAgencyRole("look for duplicate participants", AccessPolicy.CASE_EDITORS);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Participant> query = cb.createQuery(Participant.class);
        Root<Participant> participant = query.from(Participant.class);
        List<Predicate> same = new ArrayList<>();
        if (notBlank(details.justiceId())) {
            same.add(cb.equal(cb.upper(participant.get("justiceId")), details.justiceId().toUpperCase(Locale.ROOT)));
        }
        if (notBlank(details.givenName()) && notBlank(details.familyName()) && details.dateOfBirth() != null) {
            same.add(cb.and(
                    cb.equal(cb.lower(participant.get("givenName")), details.givenName().toLowerCase(Locale.ROOT)),
                    cb.equal(cb.lower(participant.get("familyName")), details.familyName().toLowerCase(Locale.ROOT)),
                    cb.equal(participant.get("dateOfBirth"), details.dateOfBirth())));
        }
        if (same.isEmpty()) {
            return List.of();
        }
        List<Predicate> where = reachable(query, cb, participant, caller);
        where.add(cb.or(same.toArray(Predicate[]::new)));
        if (notBlank(details.externalRef())) {
            where.add(cb.notEqual(participant.get("externalRef"), details.externalRef()));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(participant.get("familyName")));
        return em.createQuery(query).setMaxResults(20).getResultList();
    }

    /** Every rule the details break for this agency, without saving anything (used to vet import rows). */
    public List<Violation> violations(Agency agency, ParticipantDetails details) {
        Caller caller = access.requireAgencyRole("check participant details", AccessPolicy.IMPORTERS);
        if (!agency.getId().equals(caller.agencyId())) {
            throw access.denied(caller, "check details against another agency");
        }
        List<Violation> found = new ArrayList<>(details.violations(LocalDate.now(clock)));
        if (details.region() != null && agencies.findRegion(agency, details.region()).isEmpty()) {
            found.add(new Violation("region", "'" + details.region() + "' is not a region of this agency"));
        }
        if (details.program() != null && agencies.findProgram(agency, details.program()).isEmpty()) {
            found.add(new Violation("program", "'" + details.program() + "' is not a program of this agency"));
        }
        return found;
    }

    /** Opens a participant's record: an audited read. Another agency's participant is "not found". */
    public Participant participant(long id) {
        access.requireAgencyRole("open a participant", AccessPolicy.CASE_STAFF);
        Participant participant = own(id);
        audit.recordNow(AuditKind.READ, participant.getAgency().getId(), RECORD, id, null);
        return participant;
    }

    /**
     * The participant, for another service acting on it for the caller: the same checks as
     * {@link #participant}, without recording a read (the action records itself).
     */
    public Participant caseOf(long id) {
        access.requireAgencyRole("work on a participant", AccessPolicy.CASE_STAFF);
        return own(id);
    }

    /**
     * As {@link #caseOf}, for a change to the case or to what hangs on it (a note, a plan, an
     * appointment...): refused once the case was de-identified under the retention rule.
     */
    public Participant caseToChange(long id) {
        Participant participant = caseOf(id);
        participant.requireIdentified();
        return participant;
    }

    /** The open cases (not exited) the caller may reach, for worklists. */
    public List<Participant> openCases() {
        Caller caller = access.requireAgencyRole("list open cases", AccessPolicy.CASE_STAFF);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Participant> query = cb.createQuery(Participant.class);
        Root<Participant> participant = query.from(Participant.class);
        query.where(openAndReachable(query, cb, participant, caller)).orderBy(cb.asc(participant.get("familyName")));
        return em.createQuery(query).getResultList();
    }

    /** The ids of the open cases the caller may reach: for filters that need no more than that. */
    public Set<Long> openCaseIds() {
        Caller caller = access.requireAgencyRole("list open cases", AccessPolicy.CASE_STAFF);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Participant> participant = query.from(Participant.class);
        query.select(participant.get("id")).where(openAndReachable(query, cb, participant, caller));
        return Set.copyOf(em.createQuery(query).getResultList());
    }

    private Predicate[] openAndReachable(AbstractQuery<?> query, CriteriaBuilder cb, Root<Participant> participant,
                                         Caller caller) {
        List<Predicate> where = reachable(query, cb, participant, caller);
        where.add(cb.isNull(participant.get("exitDate")));
        return where.toArray(Predicate[]::new);
    }

    /**
     * Records that the case has ended, for a reason from the grouped list.
     *
     * @throws StaleRecordException if it was changed since {@code expectedVersion}
     */
    public Participant exit(long id, long expectedVersion, LocalDate on, ExitReason reason) {
        access.requireAgencyRole("end a case", AccessPolicy.CASE_EDITORS);
        Participant participant = current(id, expectedVersion);
        participant.exit(on, reason, LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, participant.getAgency().getId(), RECORD, id,
                "exit: " + on + " " + reason);
        caseEnded.fire(new CaseEnded(id));
        return participant;
    }

    /** A released participant is back in custody: the case re-opens in pre-release (see {@link Participant}). */
    public Participant returnToCustody(long id, long expectedVersion, LocalDate on, CustodyReturnKind kind,
                                       LocalDate nextExpectedRelease) {
        access.requireAgencyRole("record a return to custody", AccessPolicy.CASE_EDITORS);
        Participant participant = current(id, expectedVersion);
        participant.returnToCustody(on, kind, nextExpectedRelease, LocalDate.now(clock), Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, participant.getAgency().getId(), RECORD, id,
                "returned to custody: " + on + " " + kind + ", next release expected " + nextExpectedRelease);
        return participant;
    }

    private Participant current(long id, long expectedVersion) {
        Participant participant = own(id);
        if (expectedVersion != ANY_VERSION && participant.getVersion() != expectedVersion) {
            throw new StaleRecordException("participant " + participant.getExternalRef());
        }
        return participant;
    }

    private Participant own(long id) {
        Caller caller = access.current();
        Participant participant = em.find(Participant.class, id);
        if (participant == null || !participant.getAgency().getId().equals(caller.agencyId())
                || !visibleTo(caller, participant)) {
            throw new NotFoundException("participant " + id);
        }
        if (!caller.isSystem() && participant.isRestrictedFor(caller.userId())) {
            audit.recordNow(AuditKind.ACCESS_DENIED, caller.agencyId(), RECORD, id, "restricted record");
            throw new RestrictedRecordException();
        }
        return participant;
    }

    /**
     * Sets who may and who may never reach the participant's records. An agency administrator or a
     * coordinator of the agency may do it; the users must be the agency's own.
     */
    public void restrict(long id, Set<Long> allowed, Set<Long> excluded) {
        Caller caller = access.requireAgencyRole("restrict a participant's record", Role.AGENCY_ADMIN,
                Role.COORDINATOR);
        Participant participant = em.find(Participant.class, id);
        if (participant == null || !participant.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("participant " + id);
        }
        Set<Long> everyone = new HashSet<>(allowed);
        everyone.addAll(excluded);
        for (Long userId : everyone) {
            UserAccount user = em.find(UserAccount.class, userId);
            if (user == null || user.getAgency() == null || !user.getAgency().getId().equals(caller.agencyId())) {
                throw new InvalidInputException("users", "only users of this agency can be listed");
            }
        }
        String before = "allowed " + participant.getAllowedUserIds() + ", excluded " + participant.getExcludedUserIds();
        participant.restrict(allowed, excluded);
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "restriction: " + before + " -> allowed "
                + allowed + ", excluded " + excluded);
    }

    /** The restriction of a participant's record, for those who may set it. */
    public Participant restriction(long id) {
        Caller caller = access.requireAgencyRole("see a participant's restriction", Role.AGENCY_ADMIN,
                Role.COORDINATOR);
        Participant participant = em.find(Participant.class, id);
        if (participant == null || !participant.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("participant " + id);
        }
        return participant;
    }

    /** Mentors see only their current mentees. */
    private boolean visibleTo(Caller caller, Participant participant) {
        return caller.isSystem() || caller.hasAny(AccessPolicy.CASE_EDITORS)
                || mentees.currentMenteesOf(caller.userId()).contains(participant.getId());
    }

    public Optional<Participant> findByExternalRef(Agency agency, String externalRef) {
        return em.createNamedQuery(Participant.BY_EXTERNAL_REF, Participant.class)
                .setParameter("agency", agency).setParameter("externalRef", externalRef)
                .getResultStream().findFirst();
    }

    /** A page of the caller's agency's participants that the caller may see. */
    public List<Participant> list(ParticipantFilter filter, ParticipantSort sort, boolean ascending, int first,
                                  int max) {
        Caller caller = access.requireAgencyRole("list participants", AccessPolicy.CASE_STAFF);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Participant> query = cb.createQuery(Participant.class);
        Root<Participant> participant = query.from(Participant.class);
        query.where(matching(query, cb, participant, caller, filter));
        Expression<?> key = sortKey(participant, sort);
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(key) : cb.desc(key));
        order.add(cb.asc(participant.get("id")));
        query.orderBy(order);
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList();
    }

    public long count(ParticipantFilter filter) {
        Caller caller = access.requireAgencyRole("count participants", AccessPolicy.CASE_STAFF);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Participant> participant = query.from(Participant.class);
        query.select(cb.count(participant)).where(matching(query, cb, participant, caller, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The agency's participants released from one day to another (both included; null: open there) that the filter
     * and, each when given, gender, status and vulnerability pick, in release order, at most
     * {@code max}: the cases behind a line of an outcome dashboard, read from the cases themselves as
     * the caller may see them (restricted ones left out), never from the warehouse.
     */
    public List<Participant> releasedBetween(LocalDate from, LocalDate to, ParticipantFilter filter, Gender gender,
                                             IndigenousStatus indigenousStatus, Vulnerability vulnerability, int max) {
        Caller caller = access.requireAgencyRole("list the cases behind a dashboard", AccessPolicy.CASE_STAFF);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Participant> query = cb.createQuery(Participant.class);
        Root<Participant> participant = query.from(Participant.class);
        List<Predicate> where = new ArrayList<>(List.of(matching(query, cb, participant, caller, filter)));
        Path<LocalDate> released = participant.get("actualReleaseDate");
        where.add(cb.isNotNull(released));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(released, from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(released, to));
        }
        if (gender != null) {
            where.add(cb.equal(participant.get("gender"), gender));
        }
        if (indigenousStatus == IndigenousStatus.NOT_STATED) {
            // the warehouse counts a status never recorded as not stated
            where.add(cb.or(cb.isNull(participant.get("indigenousStatus")),
                    cb.equal(participant.get("indigenousStatus"), indigenousStatus)));
        } else if (indigenousStatus != null) {
            where.add(cb.equal(participant.get("indigenousStatus"), indigenousStatus));
        }
        if (vulnerability != null) {
            where.add(cb.isMember(vulnerability, participant.<Set<Vulnerability>>get("vulnerabilities")));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(participant.get("actualReleaseDate")),
                cb.asc(participant.get("familyName")), cb.asc(participant.get("id")));
        return em.createQuery(query).setMaxResults(Math.max(1, max)).getResultList();
    }

    private static Expression<?> sortKey(Root<Participant> participant, ParticipantSort sort) {
        return switch (sort) {
            case REGION, PROGRAM -> participant.get(sort.attribute()).get("code");
            default -> participant.get(sort.attribute());
        };
    }

    /**
     * The agency's restricted cases the caller may not reach (excluded, or not on an allow list),
     * for searches that must leave them out; usually few.
     */
    public Set<Long> restrictedFromCaller() {
        Caller caller = access.requireAgencyRole("search cases", AccessPolicy.CASE_STAFF);
        return caller.isSystem() ? Set.of() : restrictedFrom(caller);
    }

    /**
     * Read from the restriction lists themselves (a few rows), not by asking each of the agency's
     * participants whether it has one: that took a quarter of a second at 25,000 participants.
     */
    private Set<Long> restrictedFrom(Caller caller) {
        Set<Long> restricted = new HashSet<>(em.createNamedQuery(Participant.WITH_ALLOW_LIST, Long.class)
                .getResultList());
        if (caller.userId() == null) {
            // a caller with no account (none in practice): on no allow list, on every exclusion list
            restricted.addAll(em.createNamedQuery(Participant.WITH_EXCLUSIONS, Long.class).getResultList());
            return restricted;
        }
        if (!restricted.isEmpty()) {
            restricted.removeAll(em.createNamedQuery(Participant.ALLOWING, Long.class)
                    .setParameter("user", caller.userId()).getResultList());
        }
        restricted.addAll(em.createNamedQuery(Participant.EXCLUDING, Long.class)
                .setParameter("user", caller.userId()).getResultList());
        return restricted;
    }

    /**
     * The participants the caller may reach. No agency condition: TenantBinding confines every query
     * to the caller's agency.
     */
    private List<Predicate> reachable(AbstractQuery<?> query, CriteriaBuilder cb, Root<Participant> participant,
                                      Caller caller) {
        List<Predicate> where = new ArrayList<>();
        if (!caller.isSystem() && !caller.hasAny(AccessPolicy.CASE_EDITORS)) {
            // mentors: only their current mentees
            Set<Long> own = mentees.currentMenteesOf(caller.userId());
            where.add(own.isEmpty() ? cb.disjunction() : participant.get("id").in(own));
        }
        if (!caller.isSystem()) {
            // restricted records the caller may not reach are not listed, nor counted
            Set<Long> restricted = restrictedFrom(caller);
            if (!restricted.isEmpty()) {
                where.add(cb.not(participant.get("id").in(restricted)));
            }
        }
        return where;
    }

    private Predicate[] matching(AbstractQuery<?> query, CriteriaBuilder cb, Root<Participant> participant,
                                        Caller caller, ParticipantFilter filter) {
        List<Predicate> where = reachable(query, cb, participant, caller);
        if (notBlank(filter.name())) {
            Expression<String> fullName = cb.concat(cb.concat(participant.get("givenName"), " "),
                    participant.get("familyName"));
            where.add(cb.like(cb.lower(fullName), contains(filter.name()), '\\'));
        }
        containsIgnoringCase(cb, where, participant.get("externalRef"), filter.externalRef());
        containsIgnoringCase(cb, where, participant.get("justiceId"), filter.justiceId());
        containsIgnoringCase(cb, where, participant.get("prison"), filter.prison());
        if (notBlank(filter.region())) {
            where.add(cb.equal(participant.get("region").get("code"), filter.region()));
        }
        if (notBlank(filter.program())) {
            where.add(cb.equal(participant.get("program").get("code"), filter.program()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void containsIgnoringCase(CriteriaBuilder cb, List<Predicate> where, Path<String> field,
                                             String value) {
        if (notBlank(value)) {
            where.add(cb.like(cb.lower(field), contains(value), '\\'));
        }
    }

    private static String contains(String value) {
        String escaped = value.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private void rejectDuplicateRef(Agency agency, String externalRef) {
        if (findByExternalRef(agency, externalRef).isPresent()) {
            throw new InvalidInputException("external_ref",
                    "another participant of this agency already has reference " + externalRef);
        }
    }

    private Region region(Agency agency, String code) {
        return agencies.findRegion(agency, code).orElse(null);
    }

    private Program program(Agency agency, String code) {
        return agencies.findProgram(agency, code).orElse(null);
    }
}
