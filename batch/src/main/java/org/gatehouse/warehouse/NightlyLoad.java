package org.gatehouse.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.platform.Nodes;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/**
 * The nightly batch, at the configured time ({@link NightlyTime}): the node that claims the night
 * (once per cluster, {@link NightlyClaims}) collects the reoffending feed's drop folder, waits for
 * those imports to end, then starts the warehouse load. A system administrator can run a night on
 * demand; the load alone starts from the job monitor.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyLoad {

    private static final Logger LOG = Logger.getLogger(NightlyLoad.class.getName());
    /** The feed's imports are waited for this long at most; the load then starts anyway. */
    static final Duration LONGEST_FEED_WAIT = Duration.ofHours(2);
    private static final long FEED_CHECK_MS = 5_000;

    @Resource
    private TimerService timers;

    @Inject
    private NightlyClaims claims;

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private WarehouseLoadJobs loads;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    private NightlyTime at;

    @PostConstruct
    void schedule() {
        try {
            Optional<NightlyTime> configured = NightlyTime.configured();
            if (configured.isEmpty()) {
                LOG.info(() -> "No nightly batch on this node (" + NightlyTime.PROPERTY + "=off)");
                return;
            }
            at = configured.get();
            timers.createCalendarTimer(at.schedule(), new TimerConfig(null, false));
            LOG.info(() -> "Nightly batch at " + at + " (feed collection, then the warehouse load)");
        } catch (IllegalArgumentException misconfigured) {
            LOG.severe(() -> "No nightly batch: " + misconfigured.getMessage());
        }
    }

    /** When the nightly batch runs on this node; empty when it is off. */
    public Optional<NightlyTime> at() {
        access.requireRole("see the nightly batch", Role.SYSTEM_ADMIN);
        return Optional.ofNullable(at);
    }

    /** Runs the night now, as the timer would; false when another node (or an earlier run) has it. */
    public boolean run(LocalDate night) {
        access.requireRole("run the nightly batch", Role.SYSTEM_ADMIN);
        return begin(night);
    }

    @Timeout
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof FeedWait wait) {
            Callers.runAs(Caller.platform(), () -> loadOnceTheFeedIsIn(wait));
        } else {
            Callers.runAs(Caller.platform(), () -> begin(LocalDate.now(clock)));
        }
    }

    private boolean begin(LocalDate night) {
        String node = Nodes.thisNode();
        if (!claims.claim(night, node)) {
            LOG.info(() -> "The nightly batch of " + night + " runs on another node");
            return false;
        }
        try {
            int files = feeds.collect().size();
            LOG.info(() -> "Nightly batch of " + night + ": " + files + " reoffending feed file(s) collected");
        } catch (RuntimeException e) {
            // the load still runs, with the feed as it was
            LOG.log(Level.WARNING, "Nightly batch of " + night + ": the feed's drop folder could not be collected", e);
        }
        awaitFeed(new FeedWait(night, Instant.now(clock)));
        return true;
    }

    private void loadOnceTheFeedIsIn(FeedWait wait) {
        if (feeds.importing() && Instant.now(clock).isBefore(wait.since().plus(LONGEST_FEED_WAIT))) {
            awaitFeed(wait);
            return;
        }
        try {
            long execution = loads.start();
            claims.loadStarted(wait.night(), execution);
            LOG.info(() -> "Nightly batch of " + wait.night() + ": warehouse load started (job execution "
                    + execution + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Nightly batch of " + wait.night() + ": the warehouse load did not start", e);
        }
    }

    private void awaitFeed(FeedWait wait) {
        timers.createSingleActionTimer(FEED_CHECK_MS, new TimerConfig(wait, false));
    }

    /** A night waiting for its feed imports since the feed was collected. */
    record FeedWait(LocalDate night, Instant since) implements Serializable {
    }
}
