package org.gatehouse.warehouse;

import java.util.function.Supplier;
import org.gatehouse.agency.Agency;
import org.gatehouse.jobs.JobFailure;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/** The warehouse load works for the platform; it reads each agency's cases as that agency's system. */
final class WarehouseJob {

    static final String NAME = "warehouse-load";

    private WarehouseJob() {
    }

    /** Runs the work for the platform; a failure reaches the job repository as a {@link JobFailure}. */
    static <T> T asPlatform(Supplier<T> work) {
        return as(Caller.platform(), work);
    }

    /** Runs the work as the agency's system (its row policy holds), failures as for the platform. */
    static <T> T asAgency(Agency agency, Supplier<T> work) {
        return as(Caller.systemFor(agency.getId(), agency.getCode()), work);
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        try {
            return Callers.runAs(caller, work);
        } catch (RuntimeException e) {
            throw JobFailure.of(e);
        }
    }
}
