package org.gatehouse.participantimport;

import java.util.function.Supplier;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * The import job acts as the batch system for the agency whose user started it (a job parameter
 * set by {@link ParticipantImports#start}, after the user's rights were checked) and for no other.
 */
final class ImportJob {

    private ImportJob() {
    }

    static <T> T asAgency(String agencyId, Supplier<T> work) {
        return Callers.runAs(Caller.systemFor(Long.parseLong(agencyId), null), work);
    }

    static void asAgency(String agencyId, Runnable work) {
        Callers.runAs(Caller.systemFor(Long.parseLong(agencyId), null), work);
    }
}
