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

    /** Starts a load with the default page sizes and returns its job execution id; refused while one runs. */
    public long start() {
        return start(null, null);
    }

    /**
     * Starts a load with the given page sizes (text as the API receives it; blank: the defaults of
     * 200 cases and 2,000 engagements); refused while one runs.
     */
    public long start(String casesPerPage, String engagementsPerPage) {
        access.requireRole("load the outcomes warehouse", Role.SYSTEM_ADMIN);
        Properties parameters = new Properties();
        size(parameters, "casesPerPage", casesPerPage, 10_000);
        size(parameters, "engagementsPerPage", engagementsPerPage, 100_000);
        if (JobExecutions.last(WarehouseJob.NAME).filter(JobExecutions::running).isPresent()) {
            throw new InvalidInputException("load", "a warehouse load is already running");
        }
        return BatchRuntime.getJobOperator().start(WarehouseJob.NAME, parameters);
    }

    private static void size(Properties parameters, String name, String text, int most) {
        if (text == null || text.isBlank()) {
            return;
        }
        int size;
        try {
            size = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size < 1 || size > most) {
            throw new InvalidInputException(name, "must be a whole number from 1 to " + most);
        }
        parameters.setProperty(name, Integer.toString(size));
    }
}
