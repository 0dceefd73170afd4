package org.gatehouse.worklist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.matching.Match;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CadenceSlot;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;
import org.gatehouse.programs.Phase;
import org.gatehouse.referral.ReferralDesk;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.transfer.TransferDesk;

/**
 * Builds each user's worklist from the milestone engine over the cases they may reach; a
 * coordinator assigned to a region sees that region's referrals (and unassigned ones).
 */
@Stateless
public class Worklists {

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private CaseWorkLists lists;

    @Inject
    private CaseWorkSnapshots snapshots;

    @Inject
    private ReferralDesk referrals;

    @Inject
    private TransferDesk transfers;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MatchingDesk matching;

    @Inject
    private EngagementLog engagements;

    @Inject
    private CaseNotes notes;

    @Inject
    private AccessPolicy access;

    /** How far ahead a mentor's home screen looks. */
    static final int MENTEE_HORIZON_DAYS = 14;


    @Inject
    private Clock clock;

    public Worklist mine() {
        Caller caller = access.current();
        LocalDate today = LocalDate.now(clock);
        CaseWork cases = CaseWork.NONE;
        if (caller.agencyId() != null && caller.hasAny(AccessPolicy.CASE_EDITORS)) {
            // the agency's open cases, shared by its staff; each reader's restricted records left out
            cases = snapshots.ofAgency(caller).without(registry.restrictedFromCaller());
        } else if (caller.agencyId() != null && caller.hasAny(AccessPolicy.CASE_STAFF)) {
            cases = lists.ofOpenCases(); // a mentor's: their few mentees, always as they are now
        }
        boolean coordinator = caller.agencyId() != null && caller.has(Role.COORDINATOR);
        boolean mentor = caller.agencyId() != null && caller.has(Role.MENTOR);
        boolean caseEditor = caller.agencyId() != null && caller.hasAny(AccessPolicy.CASE_EDITORS);
        return new Worklist(cases.releasesSoon(), cases.overdue(), cases.noCallToday(), cases.asOf(),
                coordinator ? referrals.awaitingIntake() : List.of(),
                coordinator ? transfers.incoming() : List.of(),
                coordinator ? mentorVetting() : List.of(),
                mentor ? mentees(today) : List.of(),
                caseEditor ? mentorLogs(caller) : List.of(),
                caseEditor ? mentorNotes(caller) : List.of());
    }

    /** Mentors' logs awaiting sign-off: a case worker's are those of the matches they supervise. */
    private List<Engagement> mentorLogs(Caller caller) {
        return supervisedBy(caller, engagements.awaitingSignOff(), e -> e.getParticipant().getId());
    }

    /** Mentors' notes awaiting sign-off, by the same rule. */
    private List<CaseNote> mentorNotes(Caller caller) {
        return supervisedBy(caller, notes.awaitingSignOff(), n -> n.getParticipant().getId());
    }

    /** A coordinator oversees every match; a case worker those they supervise. */
    private <T> List<T> supervisedBy(Caller caller, List<T> awaiting, Function<T, Long> caseOf) {
        if (caller.has(Role.COORDINATOR)) {
            return awaiting;
        }
        Set<Long> supervised = matching.supervisedCases();
        return awaiting.stream().filter(item -> supervised.contains(caseOf.apply(item))).toList();
    }

    /**
     * The signed-in mentor's mentees, each with what is coming up in the next
     * {@value #MENTEE_HORIZON_DAYS} days: meeting slots open or opening, milestones due.
     */
    private List<Worklist.MenteeItem> mentees(LocalDate today) {
        List<Match> matches = matching.myMentees();
        Map<Participant, CaseSchedule> plans = schedules.of(matches.stream().map(Match::getParticipant).toList());
        LocalDate horizon = today.plusDays(MENTEE_HORIZON_DAYS);
        List<Worklist.MenteeItem> items = new ArrayList<>();
        for (Match match : matches) {
            Participant p = match.getParticipant();
            CaseSchedule schedule = plans.get(p);
            List<Outstanding> comingUp = new ArrayList<>();
            schedule.slots().stream().filter(s -> s.cadence().kind() == ActivityKind.MENTOR_MEETING
                            && (s.state() == MilestoneState.DUE || s.state() == MilestoneState.UPCOMING)
                            && !s.to().isBefore(today) && !s.from().isAfter(horizon))
                    .forEach(s -> comingUp.add(Outstanding.meeting(s.cadence().label(), s.from(), s.to(),
                            s.state() == MilestoneState.DUE)));
            schedule.milestones().stream().filter(m -> (m.state() == MilestoneState.DUE
                            || m.state() == MilestoneState.UPCOMING || m.state() == MilestoneState.LATE)
                            && !m.due().isAfter(horizon))
                    .forEach(m -> comingUp.add(Outstanding.due(m.milestone().label(), m.due())));
            items.add(new Worklist.MenteeItem(p.getId(), p.getGivenName() + " " + p.getFamilyName(),
                    p.getProgram().getName(), match.getCaseWorker().getDisplayName(), match.getStartedOn(), comingUp));
        }
        return items;
    }

    private List<Worklist.MentorItem> mentorVetting() {
        List<Worklist.MentorItem> items = new ArrayList<>();
        mentors.needingVettingAttention().forEach((mentor, vetting) -> {
            List<Outstanding> outstanding = new ArrayList<>();
            vetting.missing().forEach(m -> outstanding.add(Outstanding.checkMissing(m)));
            vetting.expired().forEach(e -> outstanding.add(Outstanding.checkExpired(e.check(), e.expiresOn())));
            vetting.expiringSoon().forEach(e -> outstanding.add(Outstanding.checkExpiring(e.check(),
                    e.expiresOn())));
            items.add(new Worklist.MentorItem(mentor.getId(), mentor.getGivenName() + " " + mentor.getFamilyName(),
                    outstanding));
        });
        return items;
    }

}
