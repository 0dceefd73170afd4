package org.gatehouse.matching;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.CaseEnded;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.RiskOfSeriousHarm;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentWithdrawn;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorLeaving;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.MentorTraining;
import org.gatehouse.mentoring.MentoringSettings;
import org.gatehouse.mentoring.TrainingStatus;
import org.gatehouse.mentoring.VettingStatus;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.Phase;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAccount;

/**
 * Matching one participant at a time: what they need of a mentor and the conflicts declared, the
 * ranked mentors with reasons and exclusions, the coordinator's decision (the first proposal,
 * another with a reason, or "none fits"), and the triangle it starts until it ends.
 */
@Stateless
public class MatchingDesk {

    private static final String RECORD = "Match";
    private static final Role[] STAFF = {Role.COORDINATOR, Role.CASE_WORKER};
    private static final Set<RiskOfSeriousHarm> HIGH_RISK = Set.of(RiskOfSeriousHarm.HIGH,
            RiskOfSeriousHarm.VERY_HIGH);

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private ParticipantRegistry participants;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MentorTraining training;

    @Inject
    private ConsentRecords consents;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What the participant needs of a mentor (nothing assessed yet: no transport, any time). */
    public MatchNeeds needs(long participantId) {
        access.requireAgencyRole("see a participant's mentoring needs", STAFF);
        Participant participant = participants.caseOf(participantId);
        MatchNeeds needs = em.find(MatchNeeds.class, participant.getId());
        return needs != null ? needs : MatchNeeds.none(participant.getId(), Instant.now(clock));
    }

    public MatchNeeds reviseNeeds(long participantId, long expectedVersion, boolean needsTransport,
                                  String culturalBackground, Set<WeeklySlot> wantedTimes) {
        Caller caller = access.requireAgencyRole("change a participant's mentoring needs", STAFF);
        Participant participant = participants.caseToChange(participantId);
        MatchNeeds needs = em.find(MatchNeeds.class, participant.getId());
        if (needs == null) {
            needs = MatchNeeds.none(participant.getId(), Instant.now(clock));
            em.persist(needs);
        } else if (needs.getVersion() != expectedVersion) {
            throw new StaleRecordException("mentoring needs of participant " + participant.getExternalRef());
        }
        needs.revise(needsTransport, culturalBackground, wantedTimes, Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), "MatchNeeds", participantId, "transport " + needsTransport
                + ", " + wantedTimes.size() + " wanted times, cultural background "
                + (needs.getCulturalBackground() == null ? "not given" : "given"));
        return needs;
    }

    public List<MatchConflict> conflicts(long participantId) {
        access.requireAgencyRole("see declared conflicts", STAFF);
        return em.createNamedQuery(MatchConflict.OF_CASE, MatchConflict.class)
                .setParameter("participant", participants.caseOf(participantId)).getResultList();
    }

    /** A mentor who must never be proposed for the participant (a co-defendant, a victim link, ...). */
    public MatchConflict declareConflict(long participantId, long mentorId, ConflictKind kind, String note) {
        Caller caller = access.requireAgencyRole("declare a conflict of interest", STAFF);
        Participant participant = participants.caseToChange(participantId);
        Mentor mentor = ownMentor(caller, mentorId);
        if (conflicts(participantId).stream().anyMatch(c -> c.getMentor().getId().equals(mentor.getId()))) {
            throw new InvalidInputException("mentor", "a conflict with this mentor is already declared");
        }
        MatchConflict conflict = new MatchConflict(participant, mentor, kind, note, caller.username(),
                Instant.now(clock));
        em.persist(conflict);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "MatchConflict", conflict.getId(), "participant "
                + participantId + ", mentor " + mentorId + ": " + kind);
        return conflict;
    }

    /** The agency's mentors ranked for the participant, with reasons, and why every other one is excluded. */
    public Ranking rank(long participantId) {
        access.requireAgencyRole("rank mentors for a participant", STAFF);
        return rankNow(participants.caseOf(participantId));
    }

    /**
     * Starts the triangle: the mentor must be among those the matcher proposes now; any but the
     * first needs a reason. The participant must have consented to mentoring and have no current
     * match. Participant and mentor are locked, so two coordinators cannot overfill a mentor.
     */
    public Match match(long participantId, long mentorId, long caseWorkerId, String reason) {
        Caller caller = access.requireAgencyRole("match a participant with a mentor", Role.COORDINATOR);
        Participant participant = participants.caseToChange(participantId);
        Mentor mentor = ownMentor(caller, mentorId);
        Ranking ranking = lockAndRank(participant, mentor);
        Optional<Ranking.Proposal> chosen = ranking.proposals().stream()
                .filter(p -> p.mentor().id() == mentorId).findFirst();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("mentor", "cannot be matched with this participant: "
                    + ranking.exclusions().stream().filter(e -> e.mentor().id() == mentorId).findFirst()
                            .map(e -> String.join(", ", e.reasons())).orElse("not one of the agency's mentors"));
        }
        blocker(participant).ifPresent(why -> {
            throw new InvalidInputException("participant", why);
        });
        MatchChoice how = ranking.proposals().get(0).mentor().id() == mentorId ? MatchChoice.TOP_PROPOSAL
                : MatchChoice.OTHER_PROPOSAL;
        return start(caller, participant, mentor, caseWorkerId, how, chosen.get().score(), reason);
    }

    /**
     * A pool proposal's placement, checked again as it is published: the match starts, or the
     * reason it cannot is returned (nothing is thrown, so the rest of the proposal goes on).
     */
    public Optional<String> placeFromPool(long participantId, long mentorId, long caseWorkerId) {
        Caller caller = access.requireAgencyRole("publish a pool proposal", Role.COORDINATOR);
        Participant participant = em.find(Participant.class, participantId);
        Mentor mentor = em.find(Mentor.class, mentorId);
        if (participant == null || mentor == null || !participant.getAgency().getId().equals(caller.agencyId())
                || !mentor.getAgency().getId().equals(caller.agencyId())) {
            return Optional.of("participant " + participantId + ": no longer found");
        }
        if (participant.isRestrictedFor(caller.userId())) {
            return Optional.of("participant " + participantId + ": a restricted record");
        }
        Optional<String> blocked = blocker(participant);
        if (blocked.isPresent()) {
            return Optional.of(participant.getExternalRef() + ": " + blocked.get());
        }
        Optional<Ranking.Proposal> still = lockAndRank(participant, mentor).proposals().stream()
                .filter(p -> p.mentor().id() == mentorId).findFirst();
        if (still.isEmpty()) {
            return Optional.of(participant.getExternalRef() + ": " + mentor.getName() + " can no longer be matched");
        }
        start(caller, participant, mentor, caseWorkerId, MatchChoice.POOL, still.get().score(), null);
        return Optional.empty();
    }

    /** Locks participant and mentor (two coordinators cannot overfill a mentor), then ranks as of now. */
    private Ranking lockAndRank(Participant participant, Mentor mentor) {
        em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
        em.lock(mentor, LockModeType.PESSIMISTIC_WRITE);
        return rankNow(participant);
    }

    private Ranking rankNow(Participant participant) {
        MentoringSettings settings = mentors.settings();
        return Matcher.rank(profilesOf(List.of(participant)).get(0), candidates(), MatchWeights.of(settings),
                MatchRules.of(settings), LocalDate.now(clock));
    }

    /** Why the participant cannot be matched at all now, if so. */
    private Optional<String> blocker(Participant participant) {
        if (!participant.isOpen()) {
            return Optional.of("the case has ended");
        }
        if (current(participant).isPresent()) {
            return Optional.of("already has a mentor: end that match first");
        }
        if (!ConsentRecords.allowMentoring(consents.ofCase(participant.getId()), LocalDate.now(clock))) {
            return Optional.of("has not consented to mentoring (or has withdrawn it)");
        }
        return Optional.empty();
    }

    private Match start(Caller caller, Participant participant, Mentor mentor, long caseWorkerId, MatchChoice how,
                        int score, String reason) {
        Match match = Match.start(participant, mentor, em.find(UserAccount.class, caseWorkerId), how, score, reason,
                caller.username(), LocalDate.now(clock), Instant.now(clock));
        em.persist(match);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, match.getId(), "participant "
                + participant.getId() + ", mentor " + mentor.getId() + ", case worker " + caseWorkerId + ": " + how);
        return match;
    }

    /** No mentor fits for now; the reason tells the agency what its mentor pool lacks. */
    public NoFit noneFits(long participantId, String reason) {
        Caller caller = access.requireAgencyRole("record that no mentor fits", Role.COORDINATOR);
        NoFit noFit = new NoFit(participants.caseToChange(participantId), reason, caller.username(), Instant.now(clock));
        em.persist(noFit);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), "NoFit", noFit.getId(), "participant " + participantId);
        return noFit;
    }

    public List<NoFit> noFits(long participantId) {
        access.requireAgencyRole("see match attempts", STAFF);
        return em.createNamedQuery(NoFit.OF_CASE, NoFit.class)
                .setParameter("participant", participants.caseOf(participantId)).getResultList();
    }

    /** Ends the match (completed, broken down, re-matched) on a day, with a reason. */
    public Match end(long matchId, long expectedVersion, MatchEnd kind, String reason, LocalDate on) {
        Caller caller = access.requireAgencyRole("end a match", STAFF);
        Match match = currentVersion(matchId, expectedVersion);
        if (kind != null && !MatchEnd.DECIDED.contains(kind)) {
            throw new InvalidInputException("end_kind", "say whether the match was completed, broke down or is "
                    + "re-matched (the others follow from the case)");
        }
        match.end(kind, reason, on, LocalDate.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, matchId, "ended " + on + ": " + kind);
        return match;
    }

    /** Another case worker takes over the supervision of the match. */
    public Match superviseBy(long matchId, long expectedVersion, long caseWorkerId) {
        Caller caller = access.requireAgencyRole("change who supervises a match", Role.COORDINATOR);
        Match match = currentVersion(matchId, expectedVersion);
        long before = match.getCaseWorker().getId();
        match.supervisedBy(em.find(UserAccount.class, caseWorkerId), match.getParticipant());
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, matchId, "case worker: " + before + " -> "
                + caseWorkerId);
        return match;
    }

    /** The participant's current triangle, if any (a mentor reaches only their own mentees' cases). */
    public Optional<Match> current(long participantId) {
        access.requireAgencyRole("see a participant's mentor", AccessPolicy.CASE_STAFF);
        return current(participants.caseOf(participantId));
    }

    /** Every match of the participant, the current one first. */
    public List<Match> history(long participantId) {
        access.requireAgencyRole("see a participant's matches", AccessPolicy.CASE_STAFF);
        return em.createNamedQuery(Match.OF_CASE, Match.class)
                .setParameter("participant", participants.caseOf(participantId)).getResultList();
    }

    /** The participants whose current match the signed-in case worker supervises. */
    public Set<Long> supervisedCases() {
        Caller caller = access.requireAgencyRole("see the matches one supervises", STAFF);
        return Set.copyOf(em.createNamedQuery(Match.CASES_SUPERVISED_BY, Long.class)
                .setParameter("caseWorker", caller.userId()).getResultList());
    }

    /** The signed-in mentor's current matches. */
    public List<Match> myMentees() {
        Caller caller = access.requireAgencyRole("see one's mentees", Role.MENTOR);
        return em.createNamedQuery(Match.CURRENT_OF_ACCOUNT, Match.class).setParameter("account", caller.userId())
                .getResultList();
    }

    /**
     * Open cases still within their program, with consent to mentoring and no current mentor, by
     * name. Consents and schedules are read once for all the cases.
     */
    public List<Participant> waiting() {
        access.requireAgencyRole("list participants waiting for a mentor", STAFF);
        Set<Long> matched = em.createNamedQuery(Match.CURRENT, Match.class).getResultStream()
                .map(m -> m.getParticipant().getId()).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        List<Participant> unmatched = participants.openCases().stream().filter(p -> !matched.contains(p.getId()))
                .toList();
        Map<Long, List<Consent>> consented = consents.ofCases(unmatched);
        Map<Participant, CaseSchedule> plans = schedules.of(unmatched);
        return unmatched.stream()
                .filter(p -> ConsentRecords.allowMentoring(consented.getOrDefault(p.getId(), List.of()), today))
                .filter(p -> plans.get(p).phase() != Phase.COMPLETED).toList();
    }

    /** The agency's enabled case workers, who may supervise a match. */
    public List<UserAccount> caseWorkers() {
        Caller caller = access.requireAgencyRole("list case workers", STAFF);
        return em.createNamedQuery(UserAccount.OF_AGENCY, UserAccount.class)
                .setParameter("agency", em.find(Agency.class, caller.agencyId())).getResultStream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.CASE_WORKER)).toList();
    }

    /**
     * What the matcher knows of each participant: needs, conflicts and the women's streams are read
     * once (the agency's own, by tenant binding), whatever the number of participants.
     */
    public List<MenteeProfile> profilesOf(List<Participant> cases) {
        access.requireAgencyRole("describe participants to the matcher", STAFF);
        Map<Long, MatchNeeds> needs = em.createQuery("select n from MatchNeeds n", MatchNeeds.class).getResultStream()
                .collect(Collectors.toMap(MatchNeeds::getParticipantId, n -> n));
        Map<Long, Set<Long>> conflicts = em.createQuery("select c from MatchConflict c", MatchConflict.class)
                .getResultStream().collect(Collectors.groupingBy(c -> c.getParticipant().getId(),
                        Collectors.mapping(c -> c.getMentor().getId(), Collectors.toSet())));
        Set<Long> womensStreams = Set.copyOf(em.createQuery("select p.womensStream.id from Program p "
                + "where p.womensStream is not null", Long.class).getResultList());
        List<MenteeProfile> profiles = new ArrayList<>();
        for (Participant participant : cases) {
            MatchNeeds need = needs.get(participant.getId());
            RiskOfSeriousHarm risk = participant.supervision().riskOfSeriousHarm();
            profiles.add(new MenteeProfile(participant.getId(), participant.getRegion().getCode(),
                    participant.getProgram() != null && womensStreams.contains(participant.getProgram().getId()),
                    risk != null && HIGH_RISK.contains(risk), need != null && need.isNeedsTransport(),
                    Languages.parse(participant.supervision().languages()),
                    need == null ? null : need.getCulturalBackground(),
                    need == null ? Set.of() : need.getWantedTimes(),
                    conflicts.getOrDefault(participant.getId(), Set.of())));
        }
        return profiles;
    }

    /** A case ended (exit or transfer): its match ends with it, on the day the case ended. */
    public void onCaseEnded(@Observes CaseEnded ended) {
        Participant participant = em.find(Participant.class, ended.participantId());
        endWith(participant, MatchEnd.CASE_ENDED, "the case ended", participant.getExitDate());
    }

    /** Consent to mentoring withdrawn (and no other consent left): the match ends today. */
    public void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        LocalDate today = LocalDate.now(clock);
        if (!ConsentRecords.allowMentoring(consents.ofCase(withdrawn.participantId()), today)) {
            endWith(em.find(Participant.class, withdrawn.participantId()), MatchEnd.NO_CONSENT,
                    "consent to mentoring was withdrawn", today);
        }
    }

    /** A mentor cannot leave while matched: their mentees are re-matched (or their matches ended) first. */
    public void onMentorLeaving(@Observes MentorLeaving leaving) {
        long current = em.createNamedQuery(Match.CURRENT, Match.class).getResultStream()
                .filter(m -> m.getMentor().getId() == leaving.mentorId()).count();
        if (current > 0) {
            throw new InvalidInputException("status", "the mentor still has " + current + " current "
                    + (current == 1 ? "mentee" : "mentees") + ": end or re-match those matches first");
        }
    }

    private void endWith(Participant participant, MatchEnd kind, String why, LocalDate on) {
        Caller caller = access.current();
        LocalDate today = LocalDate.now(clock);
        current(participant).ifPresent(match -> {
            LocalDate day = on == null || on.isAfter(today) ? today
                    : on.isBefore(match.getStartedOn()) ? match.getStartedOn() : on;
            match.end(kind, why, day, today);
            audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, match.getId(), "ended " + day + ": " + kind);
        });
    }

    /** What the matcher knows of every mentor who could be matched now or soon. */
    public List<MentorCandidate> candidates() {
        access.requireAgencyRole("describe mentors to the matcher", STAFF);
        Map<Mentor, VettingStatus> matchable = mentors.matchable();
        Map<Long, TrainingStatus> trained = training.trainingOf(matchable.keySet());
        Map<Long, Long> load = perMentor(Match.CURRENT_PER_MENTOR);
        Map<Long, Long> completed = perMentor(Match.COMPLETED_PER_MENTOR);
        List<MentorCandidate> candidates = new ArrayList<>();
        matchable.forEach((mentor, vetting) -> candidates.add(new MentorCandidate(mentor.getId(), mentor.getName(),
                mentor.getStatus() == MentorStatus.ACTIVE, mentor.getGender(), mentor.getType(),
                mentor.getRegion().getCode(), Languages.parse(mentor.getLanguages()), mentor.getCulturalBackground(),
                mentor.isCanDrive(), mentor.getAvailability(), mentor.getCapacity(),
                load.getOrDefault(mentor.getId(), 0L).intValue(), completed.getOrDefault(mentor.getId(), 0L).intValue(),
                vetting.cleared(), trained.get(mentor.getId()).readyToMatch(), mentor.getOwnReleaseDate())));
        return candidates;
    }

    /** Counts per mentor from one of the {@link Match} "per mentor" queries. */
    private Map<Long, Long> perMentor(String queryName) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(queryName, Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Optional<Match> current(Participant participant) {
        return em.createNamedQuery(Match.OF_CASE, Match.class).setParameter("participant", participant)
                .getResultStream().filter(Match::isCurrent).findFirst();
    }

    private Mentor ownMentor(Caller caller, long mentorId) {
        Mentor mentor = em.find(Mentor.class, mentorId);
        if (mentor == null || !mentor.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("mentor " + mentorId);
        }
        return mentor;
    }

    private Match currentVersion(long matchId, long expectedVersion) {
        Match match = em.find(Match.class, matchId);
        if (match == null) {
            throw new NotFoundException("match " + matchId);
        }
        // the case's own rules: another agency's match is not found, a restricted case is refused
        participants.caseOf(match.getParticipant().getId());
        if (match.getVersion() != expectedVersion) {
            throw new StaleRecordException("match " + matchId);
        }
        return match;
    }
}
