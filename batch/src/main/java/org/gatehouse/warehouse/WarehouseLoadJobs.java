package org.gatehouse.warehouse;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import org.gatehouse.jobs.JobExecutions;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/** Starts the warehouse load on demand (a system administrator, or the platform's own schedule). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarehouseLoadJobs {

    @Inject
    private AccessPolicy access;

    /** Starts a load and returns its job execution id; refused while one runs. */
    public long start() {
        access.requireRole("load the outcomes warehouse", Role.SYSTEM_ADMIN);
        if (JobExecutions.last(WarehouseJob.NAME).filter(JobExecutions::running).isPresent()) {
            throw new InvalidInputException("load", "a warehouse load is already running");
        }
        return BatchRuntime.getJobOperator().start(WarehouseJob.NAME, new Properties());
    }
}
