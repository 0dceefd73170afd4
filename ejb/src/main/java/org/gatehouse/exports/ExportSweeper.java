package org.gatehouse.exports;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/** Every hour, deletes the background exports older than {@link ExportLedger#KEPT}: each agency's, then the commissioners'. */
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
        for (Agency agency : agencies.agencies()) {
            sweep(Caller.systemFor(agency.getId(), agency.getCode()));
        }
        sweep(Caller.platform());
    }

    private void sweep(Caller system) {
        try {
            int deleted = Callers.runAs(system, ledger::deleteExpired);
            if (deleted > 0) {
                LOG.info(() -> deleted + " expired exports deleted" + (system.agencyId() == null ? ""
                        : " (agency " + system.agencyId() + ")"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Expired exports not deleted (" + e.getClass().getSimpleName()
                    + "); tried again in an hour");
        }
    }
}
