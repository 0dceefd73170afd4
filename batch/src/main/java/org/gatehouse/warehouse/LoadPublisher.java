package org.gatehouse.warehouse;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.gatehouse.jobs.JobFailure;

/**
 * Publishes the staged load in one transaction: readers see the whole night or the one before. The
 * transaction has its own timeout, longer than the server's default of five minutes, for a first
 * full load of a large history: system property {@value #TIMEOUT_PROPERTY} in seconds (default
 * {@value #DEFAULT_TIMEOUT_SECONDS}).
 */
@Named
public class LoadPublisher extends AbstractBatchlet {

    static final String TIMEOUT_PROPERTY = "gatehouse.warehouse.publish-timeout";
    static final int DEFAULT_TIMEOUT_SECONDS = 3600;

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    @Inject
    private UserTransaction transaction;

    @Override
    public String process() throws Exception {
        transaction.setTransactionTimeout(timeoutSeconds(System.getProperty(TIMEOUT_PROPERTY)));
        try {
            transaction.begin();
            String status = WarehouseJob.asPlatform(() -> loads.publish(loads.loadOf(job.getInstanceId()).id())
                    .status());
            transaction.commit();
            return status;
        } catch (Exception e) {
            rollBack();
            throw JobFailure.of(e);
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    /** Any transaction still on the thread goes, even one the timeout already rolled back. */
    private void rollBack() throws SystemException {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    /** The configured timeout: blank is the default; anything but a whole number of 60 or more is refused. */
    static int timeoutSeconds(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(configured.strip());
            if (seconds >= 60) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(TIMEOUT_PROPERTY + " must be a whole number of seconds, 60 or more, not \""
                + configured + "\"");
    }
}
