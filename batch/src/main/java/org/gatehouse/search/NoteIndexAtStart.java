package org.gatehouse.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the node's index at start when it is missing (or was built from another database), a
 * few seconds after the deployment is up (and after any demo data is loaded), so that the job runs in
 * a started application.
 */
@Singleton
@Startup
@DependsOn({"gatehouse-ejb.jar#NoteIndex", "gatehouse-ejb.jar#DemoDataLoader", "InterruptedRuns"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteIndexAtStart {

    private static final Logger LOG = Logger.getLogger(NoteIndexAtStart.class.getName());
    private static final long DELAY_MS = 3_000;

    @Resource
    private TimerService timers;

    @Inject
    private NoteIndex index;

    @PostConstruct
    void scheduleCheck() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig(null, false));
    }

    @Timeout
    void rebuildIfIncomplete() {
        String why = index.state().incompleteBecause();
        if (why != null && RebuildJob.lastExecution().filter(RebuildJob::running).isEmpty()) {
            try {
                long execution = RebuildJob.start(NoteIndexRebuilds.NOTES_PER_CHUNK);
                LOG.info(() -> "Rebuilding the case-note index (" + why + "): job execution " + execution);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The case-note index could not be rebuilt at start; a system administrator "
                        + "can start the rebuild", e);
            }
        }
    }
}
