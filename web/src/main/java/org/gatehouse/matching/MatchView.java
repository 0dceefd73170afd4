package org.gatehouse.matching;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.Messages;
import org.gatehouse.security.UserAccount;

/**
 * Finding a mentor for one participant: what they need, the conflicts declared, the ranked mentors
 * with their reasons and the exclusions; the coordinator matches, or records that none fits.
 */
@Named
@ViewScoped
public class MatchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private MatchingDesk desk;

    @Inject
    private MentorRegistry mentors;

    private Long id;
    private boolean loaded;
    private transient Participant participant;
    private transient Ranking ranking;
    private transient List<MatchConflict> conflicts;

    private long needsVersion;
    private boolean needsTransport;
    private String culturalBackground;
    private List<String> wantedTimes = new ArrayList<>();
    private Long conflictMentorId;
    private ConflictKind conflictKind;
    private String conflictNote;
    private Long caseWorkerId;
    private String reason;
    private String noFitReason;

    /** On page load: an audited read of the case, and the ranking as of now. */
    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            participant = registry.participant(id);
            MatchNeeds needs = desk.needs(id);
            needsVersion = needs.getVersion();
            needsTransport = needs.isNeedsTransport();
            culturalBackground = needs.getCulturalBackground();
            wantedTimes = needs.getWantedTimes().stream().map(WeeklySlot::name).sorted().collect(Collectors.toList());
            refresh();
        } catch (RuntimeException refusal) {
            id = null;
            Messages.refused(text("match.cannotOpen"), refusal);
        }
    }

    private void refresh() {
        participant = registry.caseOf(id);
        ranking = desk.rank(id);
        conflicts = desk.conflicts(id);
    }

    public void saveNeeds() {
        act(text("match.needsNotSaved"), () -> {
            MatchNeeds saved = desk.reviseNeeds(id, needsVersion, needsTransport, culturalBackground,
                    wantedTimes.stream().map(WeeklySlot::valueOf).collect(Collectors.toSet()));
            needsVersion = saved.getVersion();
            Messages.info(text("match.needsSaved"));
        });
    }

    public void declareConflict() {
        act(text("match.conflictNotRecorded"), () -> {
            if (conflictMentorId == null) {
                Messages.error(text("match.chooseConflictMentor"));
                return;
            }
            desk.declareConflict(id, conflictMentorId, conflictKind, conflictNote);
            Messages.info(text("match.conflictRecorded"));
            conflictMentorId = null;
            conflictKind = null;
            conflictNote = null;
        });
    }

    /** Matches with the mentor and goes back to the case, which now shows the triangle. */
    public String match(long mentorId) {
        if (caseWorkerId == null) {
            Messages.error(text("match.chooseCaseWorker"));
            return null;
        }
        try {
            Match match = desk.match(id, mentorId, caseWorkerId, reason);
            Messages.info(text("match.matched", match.getMentor().getName(), match.getCaseWorker().getDisplayName()));
            Messages.keepAfterRedirect();
            return "/case.xhtml?faces-redirect=true&id=" + id;
        } catch (RuntimeException refusal) {
            Messages.refused(text("match.notMatched"), refusal);
            refreshQuietly();
            return null;
        }
    }

    public String noneFits() {
        if (!Messages.attempt(text("common.notRecorded"), () -> desk.noneFits(id, noFitReason))) {
            return null;
        }
        Messages.info(text("match.noneFitsRecorded"));
        Messages.keepAfterRedirect();
        return "/case.xhtml?faces-redirect=true&id=" + id;
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, action);
        refreshQuietly();
    }

    private void refreshQuietly() {
        Messages.attempt(text("match.cannotShow"), this::refresh);
    }

    public Participant getParticipant() {
        if (participant == null && id != null) {
            refreshQuietly();
        }
        return participant;
    }

    public Ranking getRanking() {
        if (ranking == null && id != null) {
            refreshQuietly();
        }
        return ranking;
    }

    public List<MatchConflict> getConflicts() {
        if (conflicts == null && id != null) {
            refreshQuietly();
        }
        return conflicts;
    }

    /** Mentors a conflict may be declared with: any of the agency's who is not exited. */
    public List<Mentor> getConflictCandidates() {
        return mentors.mentors(null).stream().filter(m -> m.getStatus() != MentorStatus.EXITED).toList();
    }

    public List<UserAccount> getCaseWorkers() {
        return desk.caseWorkers();
    }

    public WeeklySlot[] getSlots() {
        return WeeklySlot.values();
    }

    public ConflictKind[] getConflictKinds() {
        return ConflictKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNeedsTransport() {
        return needsTransport;
    }

    public void setNeedsTransport(boolean needsTransport) {
        this.needsTransport = needsTransport;
    }

    public String getCulturalBackground() {
        return culturalBackground;
    }

    public void setCulturalBackground(String culturalBackground) {
        this.culturalBackground = culturalBackground;
    }

    public List<String> getWantedTimes() {
        return wantedTimes;
    }

    public void setWantedTimes(List<String> wantedTimes) {
        this.wantedTimes = wantedTimes;
    }

    public Long getConflictMentorId() {
        return conflictMentorId;
    }

    public void setConflictMentorId(Long conflictMentorId) {
        this.conflictMentorId = conflictMentorId;
    }

    public ConflictKind getConflictKind() {
        return conflictKind;
    }

    public void setConflictKind(ConflictKind conflictKind) {
        this.conflictKind = conflictKind;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public void setConflictNote(String conflictNote) {
        this.conflictNote = conflictNote;
    }

    public Long getCaseWorkerId() {
        return caseWorkerId;
    }

    public void setCaseWorkerId(Long caseWorkerId) {
        this.caseWorkerId = caseWorkerId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNoFitReason() {
        return noFitReason;
    }

    public void setNoFitReason(String noFitReason) {
        this.noFitReason = noFitReason;
    }
}
