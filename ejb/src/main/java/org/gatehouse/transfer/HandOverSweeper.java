package org.gatehouse.transfer;

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

/** Finishes hand-overs interrupted between the receiver's and the sender's transactions (a crash, a restart). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandOverSweeper {

    private static final Logger LOG = Logger.getLogger(HandOverSweeper.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private HandOvers handOvers;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sweep() {
        for (Agency agency : agencies.agencies()) {
            Caller system = Caller.systemFor(agency.getId(), agency.getCode());
            for (Long transfer : Callers.runAs(system, handOvers::awaitingHandOver)) {
                try {
                    Callers.runAs(system, () -> handOvers.closeAtSource(transfer));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, () -> "Hand-over of transfer " + transfer + " failed ("
                            + e.getClass().getSimpleName() + "); retried in 5 minutes");
                }
            }
        }
    }
}
