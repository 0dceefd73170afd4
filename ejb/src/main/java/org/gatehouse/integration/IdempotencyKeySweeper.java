package org.gatehouse.integration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Callers;

/**
 * Every hour, for each agency and then the platform: forgets the idempotency keys older than
 * {@link IdempotentRequests#KEPT}, so that an account which stops sending requests does not keep
 * digests of what it sent for ever.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyKeySweeper {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeySweeper.class.getName());

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private IdempotentRequests requests;

    @Schedule(minute = "41", hour = "*", persistent = false)
    public void sweep() {
        agencies.systemCallers().forEach(system -> {
            try {
                Callers.runAs(system, requests::forgetExpired);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "Idempotency keys not swept (" + e.getClass().getSimpleName()
                        + "); tried again in an hour");
            }
        });
    }
}
