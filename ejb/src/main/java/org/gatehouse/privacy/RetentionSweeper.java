package org.gatehouse.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.participantimport.ImportLedger;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.reoffending.ReoffendingFeedLedger;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Every night at 03:30 (after the warehouse load has taken the day's facts), agency by agency as its
 * system: de-identifies the closed cases whose retention period has passed, each in its own
 * transaction, so that one case that fails (and is tried again the next night) stops no other. On a
 * cluster two nodes may sweep at once: a case is de-identified once (the second finds it done, or
 * fails on its version and leaves it). Counts are logged, never a case. The same night, the uploaded
 * files (participant imports, agency by agency; the reoffending feed, as the platform) that their runs
 * kept for a restart longer than {@link ImportProgress#FILE_KEPT} are forgotten.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweeper {

    private static final Logger LOG = Logger.getLogger(RetentionSweeper.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Retention retention;

    @Inject
    private ImportLedger imports;

    @Inject
    private ReoffendingFeedLedger feeds;

    @Schedule(hour = "3", minute = "30", persistent = false)
    public void sweep() {
        for (Caller system : agencies.systemCallers()) {
            if (system.agencyId() != null) {
                sweep(system);
            }
            forgetOldFiles(system);
        }
    }

    private void forgetOldFiles(Caller system) {
        try {
            Supplier<Integer> forget = system.agencyId() == null ? feeds::forgetOldFiles : imports::forgetOldFiles;
            int forgotten = Callers.runAs(system, forget);
            if (forgotten > 0) {
                LOG.info(() -> "Retention: the files of " + forgotten + " unfinished "
                        + (system.agencyId() == null ? "reoffending feed runs" : "imports in agency " + system.agencyId())
                        + " forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Old uploaded files not forgotten (" + e.getClass().getSimpleName()
                    + "); tried again tomorrow");
        }
    }

    private void sweep(Caller system) {
        List<Long> due;
        try {
            due = Callers.runAs(system, retention::due);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Retention sweep of agency " + system.agencyId() + " not done ("
                    + e.getClass().getSimpleName() + "); tried again tomorrow");
            return;
        }
        int done = 0;
        int failed = 0;
        for (Long participant : due) {
            try {
                if (Callers.runAs(system, () -> retention.deIdentify(participant))) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, () -> "Case " + participant + " not de-identified (" + e.getClass().getSimpleName()
                        + "); tried again tomorrow");
            }
        }
        if (done > 0 || failed > 0) {
            int deidentified = done;
            int notDone = failed;
            LOG.info(() -> "Retention: " + deidentified + " closed cases de-identified in agency " + system.agencyId()
                    + (notDone > 0 ? ", " + notDone + " failed (tried again tomorrow)" : ""));
        }
    }
}
