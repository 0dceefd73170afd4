package org.gatehouse.matching;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.casework.Participant;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.platform.Messages;
import org.gatehouse.security.UserAccount;

/** The coordinator's pool proposal: everyone waiting assigned at once, published or discarded. */
@Named
@ViewScoped
public class PoolView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PoolProposals proposals;

    @Inject
    private MatchingDesk desk;

    @Inject
    private MentorRegistry mentors;

    private transient PoolProposal pending;
    private transient List<Participant> waiting;
    private transient Map<Long, String> mentorNames;
    private boolean loaded;
    private Long caseWorkerId;

    /** One placement as the page shows it. */
    public record Line(long participantId, String participant, String mentor, int score, String reasons) {
    }

    private void refresh() {
        pending = proposals.pending().orElse(null);
        waiting = desk.waiting();
        mentorNames = mentors.mentors(null).stream().collect(Collectors.toMap(Mentor::getId, Mentor::getName));
        loaded = true;
    }

    private void ensureLoaded() {
        if (!loaded || waiting == null) {
            refresh();
        }
    }

    public void propose() {
        act(text("pool.noProposal"), () -> {
            PoolProposal made = proposals.propose();
            Messages.info(text("pool.proposed", made.getPlacements().size(), made.getTotalScore()));
        });
    }

    public void publish() {
        act(text("pool.notPublished"), () -> {
            if (pending == null || caseWorkerId == null) {
                Messages.error(text("pool.chooseCaseWorker"));
                return;
            }
            PoolProposals.Published published = proposals.publish(pending.getId(), pending.getVersion(),
                    caseWorkerId);
            Messages.info(text("pool.published", published.started()));
            published.skipped().forEach(s -> Messages.error(text("pool.skipped", s)));
        });
    }

    public void discard() {
        act(text("pool.notDiscarded"), () -> {
            if (pending != null) {
                proposals.discard(pending.getId(), pending.getVersion());
                Messages.info(text("pool.discarded"));
            }
        });
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, () -> {
            ensureLoaded();
            action.run();
        });
        refresh();
    }

    public PoolProposal getPending() {
        ensureLoaded();
        return pending;
    }

    public List<Participant> getWaiting() {
        ensureLoaded();
        return waiting;
    }

    public List<Line> getLines() {
        ensureLoaded();
        if (pending == null) {
            return List.of();
        }
        Map<Long, Participant> byId = waiting.stream().collect(Collectors.toMap(Participant::getId,
                Function.identity()));
        return pending.getPlacements().stream().map(p -> new Line(p.getParticipantId(),
                byId.containsKey(p.getParticipantId()) ? name(byId.get(p.getParticipantId()))
                        : text("pool.noLongerWaiting"), mentorNames.getOrDefault(p.getMentorId(), "?"), p.getScore(),
                p.getReasons())).toList();
    }

    /** Those waiting whom the pending proposal does not place. */
    public List<Participant> getUnplaced() {
        ensureLoaded();
        Set<Long> placed = pending == null ? Set.of() : pending.getPlacements().stream()
                .map(PoolPlacement::getParticipantId).collect(Collectors.toSet());
        return waiting.stream().filter(p -> !placed.contains(p.getId())).toList();
    }

    private static String name(Participant p) {
        return p.getGivenName() + " " + p.getFamilyName();
    }

    public List<UserAccount> getCaseWorkers() {
        return desk.caseWorkers();
    }

    public Long getCaseWorkerId() {
        return caseWorkerId;
    }

    public void setCaseWorkerId(Long caseWorkerId) {
        this.caseWorkerId = caseWorkerId;
    }
}
