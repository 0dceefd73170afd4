package org.gatehouse.exports;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Every hour, for each agency and then the commissioners: gives up the exports still waiting after
 * {@link ExportLedger#STALE} (a server stopped while making them) and deletes those older than
 * {@link ExportLedger#KEPT}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportSweeper {

    private static final Logger LOG = Logger.getLogger(ExportSweeper.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ExportLedger ledger;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void sweep() {
        agencies.systemCallers().forEach(this::sweep);
    }

    private void sweep(Caller system) {
        try {
            int stale = Callers.runAs(system, ledger::failStale);
            int deleted = Callers.runAs(system, ledger::deleteExpired);
            if (stale > 0) {
                LOG.info(() -> stale + " stale exports failed" + (system.agencyId() == null ? ""
                        : " (agency " + system.agencyId() + ")"));
            }
            if (deleted > 0) {
                LOG.info(() -> deleted + " expired exports deleted" + (system.agencyId() == null ? ""
                        : " (agency " + system.agencyId() + ")"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Exports not swept (" + e.getClass().getSimpleName()
                    + "); tried again in an hour");
        }
    }
}
