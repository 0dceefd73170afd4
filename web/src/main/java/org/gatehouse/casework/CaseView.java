package org.gatehouse.casework;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.consent.Consent;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Attendee;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.matching.Match;
import org.gatehouse.matching.MatchEnd;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.matching.NoFit;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.plans.CasePlan;
import org.gatehouse.timeline.CaseTimeline;
import org.gatehouse.plans.CasePlans;
import org.gatehouse.plans.GoalDetails;
import org.gatehouse.plans.GoalOwner;
import org.gatehouse.plans.GoalStatus;
import org.gatehouse.plans.PlanGoal;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.security.UserAccount;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.PageReads;
import org.gatehouse.platform.ScreenWords;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.CadenceDefinition;
import org.gatehouse.programs.CadenceSlot;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.MilestoneState;
import org.gatehouse.programs.MilestoneStatus;
import org.gatehouse.transfer.CaseTransfer;
import org.gatehouse.transfer.TransferDesk;

/**
 * The case page: where the case stands in its program (phase, milestones, cadences), the mentor
 * triangle, what happened on it, consent, returns to custody, exit and transfer. Every action keeps what was typed when refused.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private EngagementLog engagementLog;

    @Inject
    private ConsentRecords consentRecords;

    @Inject
    private TransferDesk transferDesk;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private MatchingDesk matching;

    @Inject
    private CaseNotes caseNotes;

    @Inject
    private CasePlans casePlans;

    @Inject
    private AgencyContext context;

    @Inject
    private Clock clock;

    @Inject
    private ScreenWords words;

    @Inject
    private PageReads pageReads;

    @Inject
    private Event<Read> sectionsRead;

    private Long id;
    private transient Participant participant;
    private transient CaseSchedule schedule;
    private transient List<Engagement> engagements;
    private transient List<Consent> consents;
    private transient List<CaseTransfer> transfers;
    private transient List<Match> matches;
    private transient List<NoFit> noFits;
    private transient List<CaseNote> notes;
    private transient CasePlans.Plan plan;
    private transient List<UserAccount> caseWorkers;
    private transient List<Agency> otherAgencies;
    private boolean loaded;

    private ActivityKind engagementKind;
    private LocalDate engagementOn;
    private LocalTime engagementAt;
    private Integer engagementMinutes;
    private Attendance engagementAttendance = Attendance.ATTENDED;
    private Punctuality engagementPunctuality;
    private List<String> engagementAttendees = new ArrayList<>();
    private ConsentScope consentScope;
    private String consentPartner;
    private LocalDate consentOn;
    private LocalDate withdrawOn;
    private LocalDate returnedOn;
    private CustodyReturnKind returnKind;
    private LocalDate nextRelease;
    private LocalDate exitOn;
    private ExitReason exitReason;
    private String transferTo;
    private String transferReason;
    private MatchEnd matchEnd;
    private LocalDate matchEndedOn;
    private String matchEndReason;
    private Long supervisorId;
    private String noteBody;
    private Pathway notePathway;
    private Sensitivity noteSensitivity = Sensitivity.NORMAL;
    private Long correctingId;
    private long correctingVersion;
    private Long withdrawingId;
    private long withdrawingVersion;
    private String withdrawalReason;
    private String correctionReason;
    private Pathway goalPathway;
    private String goalText;
    private GoalOwner goalOwner;
    private LocalDate goalDue;
    private LocalDate goalReview;
    /** The status chosen in each goal's row, by name (a map value has no type for the enum converter). */
    private final Map<Long, String> goalStatus = new HashMap<>();
    private Long actionGoalId;
    private String actionText;
    private GoalOwner actionOwner;
    private LocalDate actionDue;

    /**
     * The case was read (on opening the page, after a change): the page's sections read theirs in
     * the same transaction, observing this.
     */
    public record Read(long caseId, boolean staff) {
    }

    /** On page load: an audited read of the case, and everything the page shows, in one transaction. */
    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            pageReads.together(() -> {
                registry.participant(id);
                read();
            });
        } catch (RuntimeException refusal) {
            id = null;
            Messages.refused(text("case.cannotOpen"), refusal);
        }
    }

    private void refresh() {
        pageReads.together(this::read);
    }

    /** Case staff see the whole case; a mentor sees their mentee's program, dates and triangle only. */
    private void read() {
        participant = registry.caseOf(id);
        schedule = schedules.of(id);
        matches = matching.history(id);
        notes = caseNotes.ofCase(id);
        plan = casePlans.planOf(id);
        goalStatus.clear();
        plan.goals().forEach(g -> goalStatus.put(g.getId(), g.getStatus().name()));
        boolean staff = isStaff();
        engagements = staff ? engagementLog.ofCase(id) : List.of();
        consents = staff ? consentRecords.ofCase(id) : List.of();
        transfers = staff ? transferDesk.ofCase(id) : List.of();
        noFits = staff ? matching.noFits(id) : List.of();
        boolean coordinator = context.can("COORDINATOR");
        caseWorkers = coordinator ? matching.caseWorkers() : List.of();
        otherAgencies = coordinator ? agencies.agencies().stream()
                .filter(a -> !a.getId().equals(participant.getAgency().getId())).toList() : List.of();
        sectionsRead.fire(new Read(id, staff));
    }

    public boolean isStaff() {
        return context.can("COORDINATOR,CASE_WORKER");
    }

    /**
     * The case, read with everything the page shows when missing: on the first request, and after the
     * view was restored from a serialised session (they are transient). Every getter of them calls it.
     */
    private Participant participant() {
        if (participant == null && id != null) {
            refresh();
        }
        return participant;
    }

    public void recordEngagement() {
        act(text("common.notRecorded"), () -> {
            Engagement recorded = engagementLog.record(id, new EngagementDetails(engagementKind, engagementOn,
                    engagementAt, engagementMinutes, engagementAttendance, engagementPunctuality,
                    engagementAttendees.stream().map(Attendee::valueOf).collect(Collectors.toSet())));
            Messages.info(text("case.engagementRecorded", words.label(recorded.getKind()),
                    words.day(recorded.getHappenedOn())));
            engagementKind = null;
            engagementOn = null;
            engagementAt = null;
            engagementMinutes = null;
            engagementAttendance = Attendance.ATTENDED;
            engagementPunctuality = null;
            engagementAttendees = new ArrayList<>();
        });
    }

    public void signOff(Engagement engagement) {
        act(text("case.notSignedOff"), () -> {
            engagementLog.signOff(engagement.getId(), engagement.getVersion());
            Messages.info(text("case.engagementSignedOff", words.label(engagement.getKind()),
                    words.day(engagement.getHappenedOn())));
        });
    }

    public void giveConsent() {
        act(text("case.consentNotRecorded"), () -> {
            consentRecords.giveOnCase(id, consentScope, consentPartner, consentOn);
            Messages.info(text("case.consentRecorded"));
            consentScope = null;
            consentPartner = null;
            consentOn = null;
        });
    }

    public void withdrawConsent(long consentId) {
        act(text("case.withdrawalNotRecorded"), () -> {
            consentRecords.withdraw(consentId, withdrawOn);
            Messages.info(text("case.consentWithdrawn"));
        });
    }

    public void recordReturnToCustody() {
        act(text("common.notRecorded"), () -> {
            registry.returnToCustody(id, participant().getVersion(), returnedOn, returnKind, nextRelease);
            Messages.info(text("case.returnRecorded", words.day(nextRelease)));
            returnedOn = null;
            returnKind = null;
            nextRelease = null;
        });
    }

    public void exitCase() {
        act(text("case.notEnded"), () -> {
            registry.exit(id, participant().getVersion(), exitOn, exitReason);
            Messages.info(text("case.caseEnded", words.day(exitOn), words.label(exitReason)));
        });
    }

    public void proposeTransfer() {
        act(text("case.transferNotProposed"), () -> {
            CaseTransfer transfer = transferDesk.propose(id, participant().getVersion(), transferTo, transferReason);
            Messages.info(text("case.transferProposed", transfer.getToAgency().getName()));
            transferTo = null;
            transferReason = null;
        });
    }

    public void withdrawTransfer(CaseTransfer transfer) {
        act(text("case.transferNotWithdrawn"), () -> {
            transferDesk.withdraw(transfer.getId(), transfer.getVersion());
            Messages.info(text("case.transferWithdrawn"));
        });
    }

    public void addGoal() {
        act(text("case.goalNotAdded"), () -> {
            casePlans.addGoal(id, new GoalDetails(goalPathway, goalText, goalOwner, goalDue, goalReview));
            Messages.info(text("case.goalAdded"));
            goalPathway = null;
            goalText = null;
            goalOwner = null;
            goalDue = null;
            goalReview = null;
        });
    }

    /** Saves the status chosen for the goal in its row. */
    public void updateGoal(PlanGoal goal) {
        act(text("case.goalNotUpdated"), () -> {
            PlanGoal saved = casePlans.reviseGoal(goal.getId(), goal.getVersion(), goal.details(),
                    GoalStatus.valueOf(goalStatus.get(goal.getId())));
            Messages.info(text("case.goalUpdated", words.labelInSentence(saved.getStatus())));
        });
    }

    public void addAction() {
        act(text("case.actionNotAdded"), () -> {
            PlanGoal goal = plan.goals().stream().filter(g -> g.getId().equals(actionGoalId)).findFirst()
                    .orElse(null);
            if (goal == null) {
                Messages.error(text("case.actionNotAddedNoGoal"));
                return;
            }
            casePlans.addAction(goal.getId(), goal.getVersion(), actionText, actionOwner, actionDue);
            Messages.info(text("case.actionAdded"));
            actionText = null;
            actionOwner = null;
            actionDue = null;
        });
    }

    public void completeAction(PlanGoal goal, int index) {
        act(text("case.actionNotUpdated"), () -> {
            casePlans.completeAction(goal.getId(), goal.getVersion(), index);
            Messages.info(text("case.actionDone"));
        });
    }

    public void approvePlan() {
        act(text("case.planNotApproved"), () -> {
            CasePlan approved = casePlans.approve(id, plan.plan().getVersion());
            Messages.info(text("case.planApproved", words.day(approved.getApprovedOn())));
        });
    }

    public void reviewPlan() {
        act(text("case.planReviewNotRecorded"), () -> {
            CasePlan reviewed = casePlans.review(id, plan.plan().getVersion());
            Messages.info(text("case.planReviewed", words.day(reviewed.getReviewedOn())));
        });
    }

    /** Writes the note, or the correction of the note being corrected. */
    public void saveNote() {
        act(text("case.noteNotSaved"), () -> {
            if (correctingId == null) {
                caseNotes.write(id, noteBody, notePathway, noteSensitivity);
                Messages.info(text("case.noteSaved"));
            } else {
                CaseNote corrected = caseNotes.correct(correctingId, correctingVersion, noteBody, notePathway,
                        noteSensitivity, correctionReason);
                Messages.info(text("case.noteCorrected", corrected.getVersionNo()));
            }
            clearNote();
        });
    }

    /** Puts the note in the form to be corrected. */
    public void correct(CaseNote note) {
        correctingId = note.getId();
        correctingVersion = note.getVersion();
        noteBody = note.getBody();
        notePathway = note.getPathway();
        noteSensitivity = note.getSensitivity();
        correctionReason = null;
    }

    public void clearNote() {
        correctingId = null;
        noteBody = null;
        notePathway = null;
        noteSensitivity = Sensitivity.NORMAL;
        correctionReason = null;
    }

    /** Asks why the note is withdrawn before withdrawing it. */
    public void startWithdrawal(CaseNote note) {
        withdrawingId = note.getId();
        withdrawingVersion = note.getVersion();
        withdrawalReason = null;
    }

    public void cancelWithdrawal() {
        withdrawingId = null;
        withdrawalReason = null;
    }

    public void withdrawNote() {
        act(text("case.noteNotWithdrawn"), () -> {
            caseNotes.withdraw(withdrawingId, withdrawingVersion, withdrawalReason);
            Messages.info(text("case.noteWithdrawn"));
            cancelWithdrawal();
        });
    }

    public boolean isWithdrawing() {
        return withdrawingId != null;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public void signOffNote(CaseNote note) {
        act(text("case.notSignedOff"), () -> {
            caseNotes.signOff(note.getId(), note.getVersion());
            Messages.info(text("case.noteSignedOff"));
        });
    }

    /** The earlier versions of a corrected note, newest first. */
    public List<CaseNote> earlierVersions(CaseNote note) {
        return note.getVersionNo() == 1 ? List.of()
                : caseNotes.versions(note.getId()).stream().filter(v -> !v.isCurrentVersion()).toList();
    }

    public void endMatch() {
        act(text("case.matchNotEnded"), () -> {
            Match current = getCurrentMatch();
            if (current == null) {
                Messages.error(text("case.noMatchToEnd"));
                return;
            }
            matching.end(current.getId(), current.getVersion(), matchEnd, matchEndReason, matchEndedOn);
            Messages.info(text("case.matchEndedOn", words.day(matchEndedOn), words.label(matchEnd)));
            matchEnd = null;
            matchEndedOn = null;
            matchEndReason = null;
        });
    }

    public void changeSupervisor() {
        act(text("case.supervisorNotChanged"), () -> {
            Match current = getCurrentMatch();
            if (current == null || supervisorId == null) {
                Messages.error(text("case.chooseSupervisor"));
                return;
            }
            Match changed = matching.superviseBy(current.getId(), current.getVersion(), supervisorId);
            Messages.info(text("case.supervisorChanged", changed.getCaseWorker().getDisplayName()));
            supervisorId = null;
        });
    }

    /** Another section of the page changed the case: read it again (milestones, engagements...). */
    public void changed() {
        Messages.attempt(text("case.cannotShow"), this::refresh);
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, action);
        Messages.attempt(text("case.cannotShow"), this::refresh);
    }

    /** One cadence as the page shows it: how it is kept up, and its current slot. */
    public record CadenceSummary(String label, long done, long ended, String compliance, String current) {
    }

    public List<CadenceSummary> getCadences() {
        List<CadenceSummary> result = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (CadenceDefinition cadence : participant().getProgram().template().cadences()) {
            List<CadenceSlot> slots = getSchedule().slots(cadence.code());
            long done = slots.stream().filter(s -> s.state() == MilestoneState.DONE).count();
            long ended = slots.stream().filter(s -> s.state() == MilestoneState.DONE
                    || s.state() == MilestoneState.MISSED).count();
            String current = slots.stream().filter(s -> !s.from().isAfter(today) && !s.to().isBefore(today))
                    .findFirst().map(s -> text("case.slot", words.day(s.from()), words.day(s.to()), s.state().name()))
                    .orElseGet(() -> text("case.noSlotNow"));
            result.add(new CadenceSummary(cadence.label(), done, ended,
                    Math.round(getSchedule().compliance(cadence.code()) * 100) + "%", current));
        }
        return result;
    }

    public boolean isWithdrawable(Consent consent) {
        return consent.getWithdrawnOn() == null;
    }

    /** Where a coordinator may transfer the case to. */
    public List<Agency> getOtherAgencies() {
        participant();
        return otherAgencies;
    }

    public Participant getParticipant() {
        return participant();
    }

    public CaseSchedule getSchedule() {
        if (schedule == null && id != null) {
            refresh();
        }
        return schedule;
    }

    public List<Engagement> getEngagements() {
        participant();
        return engagements;
    }

    public List<Consent> getConsents() {
        participant();
        return consents;
    }

    public List<CaseTransfer> getTransfers() {
        participant();
        return transfers;
    }

    /** The current triangle, or null. */
    public Match getCurrentMatch() {
        participant();
        return matches == null ? null : matches.stream().filter(Match::isCurrent).findFirst().orElse(null);
    }

    public List<Match> getPastMatches() {
        participant();
        return matches == null ? List.of() : matches.stream().filter(m -> !m.isCurrent()).toList();
    }

    /** The case's story, newest first (only what the caller may see: a mentor gets no engagements). */
    public List<CaseTimeline.Entry> getTimeline() {
        participant();
        return CaseTimeline.of(engagements, notes, getSchedule().milestones(), isStaff() ? matches : List.of(),
                clock.getZone(), LocalDate.now(clock));
    }

    /** A line of the story in words (the timeline's "What" column). */
    public String describe(CaseTimeline.Entry entry) {
        return switch (entry.event()) {
            case ENGAGEMENT -> entry.outcome() == Attendance.ATTENDED
                    ? text("case.timelineEngagement", words.label(entry.activity()), entry.by())
                    : text("case.timelineEngagementNotHeld", words.label(entry.activity()),
                            words.labelInSentence(entry.outcome()), entry.by());
            case NOTE -> text("case.timelineNote", entry.by(), entry.name());
            case MILESTONE_DONE -> text("case.timelineDone", entry.name());
            case MILESTONE_MISSED -> text("case.timelineMissed", entry.name());
            case MILESTONE_OVERDUE -> text("case.timelineOverdue", entry.name());
            case MILESTONE_DUE -> text("case.timelineDue", entry.name());
            case MATCHED -> text("case.timelineMatched", entry.name());
            case MATCH_ENDED -> text("case.timelineMatchEnded", entry.name(), words.labelInSentence(entry.outcome()));
        };
    }

    /** The milestones past their due day and not done (the page writes each with its due day). */
    public List<MilestoneStatus> getOverdue() {
        return CaseTimeline.overdue(getSchedule().milestones());
    }

    public CasePlans.Plan getPlan() {
        participant();
        return plan;
    }

    public Map<Long, String> getGoalStatus() {
        return goalStatus;
    }

    public GoalStatus[] getGoalStatuses() {
        return GoalStatus.values();
    }

    public GoalOwner[] getGoalOwners() {
        return GoalOwner.values();
    }

    public Pathway getGoalPathway() {
        return goalPathway;
    }

    public void setGoalPathway(Pathway goalPathway) {
        this.goalPathway = goalPathway;
    }

    public String getGoalText() {
        return goalText;
    }

    public void setGoalText(String goalText) {
        this.goalText = goalText;
    }

    public GoalOwner getGoalOwner() {
        return goalOwner;
    }

    public void setGoalOwner(GoalOwner goalOwner) {
        this.goalOwner = goalOwner;
    }

    public LocalDate getGoalDue() {
        return goalDue;
    }

    public void setGoalDue(LocalDate goalDue) {
        this.goalDue = goalDue;
    }

    public LocalDate getGoalReview() {
        return goalReview;
    }

    public void setGoalReview(LocalDate goalReview) {
        this.goalReview = goalReview;
    }

    public Long getActionGoalId() {
        return actionGoalId;
    }

    public void setActionGoalId(Long actionGoalId) {
        this.actionGoalId = actionGoalId;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public GoalOwner getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(GoalOwner actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public List<CaseNote> getNotes() {
        participant();
        return notes;
    }

    public Pathway[] getPathways() {
        return Pathway.values();
    }

    public Sensitivity[] getSensitivities() {
        return Sensitivity.values();
    }

    public boolean isCorrecting() {
        return correctingId != null;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Pathway getNotePathway() {
        return notePathway;
    }

    public void setNotePathway(Pathway notePathway) {
        this.notePathway = notePathway;
    }

    public Sensitivity getNoteSensitivity() {
        return noteSensitivity;
    }

    public void setNoteSensitivity(Sensitivity noteSensitivity) {
        this.noteSensitivity = noteSensitivity;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public List<NoFit> getNoFits() {
        participant();
        return noFits;
    }

    /** Whom a coordinator may have supervise the match. */
    public List<UserAccount> getCaseWorkers() {
        participant();
        return caseWorkers;
    }

    public List<MatchEnd> getMatchEnds() {
        return MatchEnd.DECIDED;
    }

    public MatchEnd getMatchEnd() {
        return matchEnd;
    }

    public void setMatchEnd(MatchEnd matchEnd) {
        this.matchEnd = matchEnd;
    }

    public LocalDate getMatchEndedOn() {
        return matchEndedOn;
    }

    public void setMatchEndedOn(LocalDate matchEndedOn) {
        this.matchEndedOn = matchEndedOn;
    }

    public String getMatchEndReason() {
        return matchEndReason;
    }

    public void setMatchEndReason(String matchEndReason) {
        this.matchEndReason = matchEndReason;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    /** What can be logged by hand (an agreed plan or a recorded checkpoint has its own place). */
    public List<ActivityKind> getActivityKinds() {
        return Arrays.stream(ActivityKind.values()).filter(ActivityKind::isLoggedByHand).toList();
    }

    public ConsentScope[] getConsentScopes() {
        return ConsentScope.values();
    }

    public CustodyReturnKind[] getReturnKinds() {
        return CustodyReturnKind.values();
    }

    /** The exit reasons grouped by kind of exit (a transfer ends a case only through its acceptance). */
    public List<SelectItem> getExitReasons() {
        List<SelectItem> groups = new ArrayList<>();
        for (ExitType type : List.of(ExitType.PLANNED, ExitType.UNPLANNED)) {
            SelectItemGroup group = new SelectItemGroup(words.label(type));
            group.setSelectItems(ExitReason.of(type).stream().map(r -> new SelectItem(r, words.label(r)))
                    .toList());
            groups.add(group);
        }
        return groups;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public Punctuality[] getPunctualities() {
        return Punctuality.values();
    }

    public Attendee[] getAttendeeKinds() {
        return Attendee.values();
    }

    public LocalTime getEngagementAt() {
        return engagementAt;
    }

    public void setEngagementAt(LocalTime engagementAt) {
        this.engagementAt = engagementAt;
    }

    public Integer getEngagementMinutes() {
        return engagementMinutes;
    }

    public void setEngagementMinutes(Integer engagementMinutes) {
        this.engagementMinutes = engagementMinutes;
    }

    public Attendance getEngagementAttendance() {
        return engagementAttendance;
    }

    public void setEngagementAttendance(Attendance engagementAttendance) {
        this.engagementAttendance = engagementAttendance;
    }

    public Punctuality getEngagementPunctuality() {
        return engagementPunctuality;
    }

    public void setEngagementPunctuality(Punctuality engagementPunctuality) {
        this.engagementPunctuality = engagementPunctuality;
    }

    public List<String> getEngagementAttendees() {
        return engagementAttendees;
    }

    public void setEngagementAttendees(List<String> engagementAttendees) {
        this.engagementAttendees = engagementAttendees;
    }

    public ActivityKind getEngagementKind() {
        return engagementKind;
    }

    public void setEngagementKind(ActivityKind engagementKind) {
        this.engagementKind = engagementKind;
    }

    public LocalDate getEngagementOn() {
        return engagementOn;
    }

    public void setEngagementOn(LocalDate engagementOn) {
        this.engagementOn = engagementOn;
    }

    public ConsentScope getConsentScope() {
        return consentScope;
    }

    public void setConsentScope(ConsentScope consentScope) {
        this.consentScope = consentScope;
    }

    public String getConsentPartner() {
        return consentPartner;
    }

    public void setConsentPartner(String consentPartner) {
        this.consentPartner = consentPartner;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public LocalDate getWithdrawOn() {
        return withdrawOn;
    }

    public void setWithdrawOn(LocalDate withdrawOn) {
        this.withdrawOn = withdrawOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public CustodyReturnKind getReturnKind() {
        return returnKind;
    }

    public void setReturnKind(CustodyReturnKind returnKind) {
        this.returnKind = returnKind;
    }

    public LocalDate getNextRelease() {
        return nextRelease;
    }

    public void setNextRelease(LocalDate nextRelease) {
        this.nextRelease = nextRelease;
    }

    public LocalDate getExitOn() {
        return exitOn;
    }

    public void setExitOn(LocalDate exitOn) {
        this.exitOn = exitOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(String transferTo) {
        this.transferTo = transferTo;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }
}
