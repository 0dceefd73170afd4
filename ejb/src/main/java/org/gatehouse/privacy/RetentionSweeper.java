package org.gatehouse.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Every night at 03:30 (after the warehouse load has taken the day's facts), agency by agency as its
 * system: de-identifies the closed cases whose retention period has passed, each in its own
 * transaction, so that one case that fails (and is tried again the next night) stops no other. On a
 * cluster two nodes may sweep at once: a case is de-identified once (the second finds it done, or
 * fails on its version and leaves it). Counts are logged, never a case.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweeper {

    private static final Logger LOG = Logger.getLogger(RetentionSweeper.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Retention retention;

    @Schedule(hour = "3", minute = "30", persistent = false)
    public void sweep() {
        for (Caller system : agencies.systemCallers()) {
            if (system.agencyId() != null) {
                sweep(system);
            }
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
