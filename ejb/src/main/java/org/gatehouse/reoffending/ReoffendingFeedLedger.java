package org.gatehouse.reoffending;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/**
 * The reoffending feed's files, their rows' outcomes and the events they carry. Every method needs
 * the system administrators' authority: the platform team's screen, or the feed job working for
 * the platform ({@link Caller#platform()}). No agency's user reaches it.
 */
@Stateless
public class ReoffendingFeedLedger {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccessPolicy access;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry participants;

    public long accept(String fileName, byte[] content, FeedSource source) {
        Caller caller = platformTeam("receive a reoffending feed file");
        ReoffendingFeedRun run = new ReoffendingFeedRun(fileName, content, source, caller.username(),
                Instant.now(clock));
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public byte[] content(long runId) {
        platformTeam("read a reoffending feed file");
        return run(runId).getContent();
    }

    public void started(long runId, long executionId) {
        platformTeam("start a reoffending feed run");
        run(runId).progress().started(executionId);
    }

    /**
     * Keeps a chunk's events (new, changed or the same as before, by {@code event_id}) and its
     * rejects, and adds the chunk's outcomes to the run, all in the chunk's transaction. Chunks of
     * files imported at the same time take turns (the feed's lock row, held to the commit), so each
     * sees the events the others kept.
     */
    public FeedChunkCounts record(long runId, List<FeedRow> rows) {
        platformTeam("record reoffending events");
        em.createNativeQuery("select id from reoffending_feed_lock where id = 1 for update")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList();
        ReoffendingFeedRun run = run(runId);
        Instant now = Instant.now(clock);
        Set<String> eventIds = new HashSet<>();
        Set<String> justiceIds = new HashSet<>();
        for (FeedRow row : rows) {
            if (!row.isRejected()) {
                eventIds.add(row.eventId());
                justiceIds.add(row.event().justiceId());
            }
        }
        Map<String, ReoffendingEvent> known = new HashMap<>();
        if (!eventIds.isEmpty()) {
            em.createNamedQuery(ReoffendingEvent.WITH_EVENT_IDS, ReoffendingEvent.class)
                    .setParameter("eventIds", eventIds).getResultList().forEach(e -> known.put(e.getEventId(), e));
        }
        Set<String> matched = matchedJusticeIds(justiceIds);
        long imported = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        long unmatched = 0;
        LocalDate extract = null;
        for (FeedRow row : rows) {
            if (row.isRejected()) {
                em.persist(new FeedReject(runId, row.line(), row.eventId(), row.rejection()));
                rejected++;
                continue;
            }
            ReoffendingEvent event = known.get(row.eventId());
            if (event == null) {
                event = new ReoffendingEvent(row.event(), runId, now);
                em.persist(event);
                known.put(row.eventId(), event);
                imported++;
            } else if (event.update(row.event(), runId, now)) {
                updated++;
            } else {
                unchanged++;
            }
            if (!matched.contains(row.event().justiceId())) {
                unmatched++;
            }
            if (extract == null || row.event().extractDate().isAfter(extract)) {
                extract = row.event().extractDate();
            }
        }
        FeedChunkCounts counts = new FeedChunkCounts(imported, updated, unchanged, rejected, unmatched, extract);
        run.counted(counts);
        return counts;
    }

    /** The justice ids that name a participant of some agency, asked of each agency as its system. */
    private Set<String> matchedJusticeIds(Set<String> justiceIds) {
        Set<String> matched = new HashSet<>();
        if (justiceIds.isEmpty()) {
            return matched;
        }
        for (Agency agency : agencies.agencies()) {
            matched.addAll(Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                    () -> participants.knownJusticeIds(justiceIds)));
        }
        return matched;
    }

    public void completed(long runId) {
        platformTeam("finish a reoffending feed run");
        run(runId).completed(Instant.now(clock));
    }

    /**
     * Forgets the files of runs received more than {@link ImportProgress#FILE_KEPT} ago (a completed
     * run forgot its own); returns how many. Restarting such a run is then refused.
     */
    public int forgetOldFiles() {
        platformTeam("forget old reoffending feed files");
        return em.createNamedQuery(ReoffendingFeedRun.FORGET_FILES_BEFORE).setParameter("before",
                Instant.now(clock).minus(ImportProgress.FILE_KEPT)).executeUpdate();
    }

    public void failed(long runId, String reason) {
        platformTeam("finish a reoffending feed run");
        run(runId).progress().failed(reason, Instant.now(clock));
    }

    public FeedSummary summary(long runId) {
        platformTeam("see a reoffending feed run");
        return run(runId).summary();
    }

    public List<FeedReject> rejects(long runId) {
        platformTeam("see a reoffending feed run's rejects");
        run(runId);
        return em.createNamedQuery(FeedReject.OF_RUN, FeedReject.class).setParameter("run", runId).getResultList();
    }

    public List<FeedSummary> recent(int max) {
        platformTeam("see the reoffending feed runs");
        return em.createNamedQuery(ReoffendingFeedRun.RECENT, ReoffendingFeedRun.class).setMaxResults(max)
                .getResultList().stream().map(ReoffendingFeedRun::summary).toList();
    }

    /** Whether a file of that name was ever received. */
    public boolean received(String fileName) {
        platformTeam("see the reoffending feed runs");
        return em.createNamedQuery(ReoffendingFeedRun.COUNT_NAMED, Long.class).setParameter("name", fileName)
                .getSingleResult() > 0;
    }

    /** The latest extract date of a completed run: how far the feed's knowledge reaches (measurability). */
    public Optional<LocalDate> latestExtract() {
        platformTeam("see the feed's latest extract");
        return Optional.ofNullable(em.createNamedQuery(ReoffendingFeedRun.LATEST_EXTRACT, LocalDate.class)
                .getSingleResult());
    }

    /** The ids of the events imported or changed since the instant. */
    public List<String> changedSince(Instant since) {
        platformTeam("see the feed's changed events");
        return em.createNamedQuery(ReoffendingEvent.CHANGED_SINCE, String.class).setParameter("since", since)
                .getResultList();
    }

    private ReoffendingFeedRun run(long runId) {
        ReoffendingFeedRun run = em.find(ReoffendingFeedRun.class, runId);
        if (run == null) {
            throw new NotFoundException("reoffending feed run " + runId);
        }
        return run;
    }

    private Caller platformTeam(String action) {
        return access.requireRole(action, Role.SYSTEM_ADMIN);
    }
}
