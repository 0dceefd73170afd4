package org.gatehouse.appointments;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/** Every quarter of an hour, each agency's due appointment reminders (one agency's failure stops no other). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    private Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    public void remind() {
        Instant now = Instant.now(clock);
        for (Agency agency : agencies.agencies()) {
            try {
                Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()), () -> dispatcher.sendDue(now));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "Appointment reminders of agency " + agency.getCode() + " failed ("
                        + e.getClass().getSimpleName() + "); tried again in 15 minutes");
            }
        }
    }
}
