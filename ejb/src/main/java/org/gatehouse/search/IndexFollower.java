package org.gatehouse.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.NoteChanges;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Keeps this node's case-note index current with what the other nodes of a cluster commit: each node
 * indexes its own saves as they happen ({@link NoteIndexer}) and knows nothing of another's. Every few
 * seconds ({@value #EVERY_PROPERTY}; 0, the default, on a single server: off), agency by agency as its
 * system (row-level security), the notes written, corrected or withdrawn and the cases changed since a
 * little before the last look ({@link #OVERLAP}: a transaction that committed late with an earlier
 * time is not missed) are taken into the index again. Putting a note twice changes nothing, so this
 * node's own changes, read again, do no harm.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexFollower {

    /** The system property giving the seconds between looks; 0 or unset: no looks (a single server). */
    public static final String EVERY_PROPERTY = "gatehouse.index.follow-seconds";
    /** How far before the last look each look reaches back: clock skew between nodes and long commits. */
    public static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private CaseNotes notes;

    @Inject
    private NoteIndex index;

    @Inject
    private Clock clock;

    private Instant lastLook;

    @PostConstruct
    void schedule() {
        // the index this node built at start holds everything committed before it
        lastLook = Instant.now(clock);
        int seconds = Integer.getInteger(EVERY_PROPERTY, 0);
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000L, seconds * 1000L, new TimerConfig(null, false));
            LOG.info(() -> "Case-note index follows the other nodes' changes every " + seconds + " s");
        }
    }

    @Timeout
    void look() {
        try {
            follow();
        } catch (RuntimeException e) {
            // the next look reaches back to the last one that worked
            LOG.log(Level.WARNING, () -> "Case-note index could not follow the other nodes' changes ("
                    + e.getClass().getSimpleName() + "); trying again at the next look");
        }
    }

    /**
     * Takes into the index what every agency's notes and cases changed since the last look (less the
     * overlap); returns how many notes were put or dropped.
     */
    public int follow() {
        Instant now = Instant.now(clock);
        Instant since = lastLook.minus(OVERLAP);
        int taken = 0;
        for (Caller system : agencies.systemCallers()) {
            if (system.agencyId() == null) {
                continue;
            }
            NoteChanges changes = Callers.runAs(system, () -> notes.changedSince(since));
            if (!changes.isEmpty()) {
                index.remove(changes.withdrawn());
                index.put(changes.current());
                taken += changes.withdrawn().size() + changes.current().size();
            }
        }
        lastLook = now;
        return taken;
    }
}
