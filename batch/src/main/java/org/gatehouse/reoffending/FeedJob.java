package org.gatehouse.reoffending;

import java.util.function.Supplier;
import org.gatehouse.jobs.JobFailure;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * The feed import job acts for the platform (the feed belongs to no agency), with the authority the
 * system administrator who received the file, or the drop-folder collection, started it with.
 */
final class FeedJob {

    static final String NAME = "reoffending-feed-import";

    private FeedJob() {
    }

    /** Runs the work for the platform; a failure reaches the job repository as a {@link JobFailure}. */
    static <T> T asPlatform(Supplier<T> work) {
        try {
            return Callers.runAs(Caller.platform(), work);
        } catch (RuntimeException e) {
            throw JobFailure.of(e);
        }
    }

    static void asPlatform(Runnable work) {
        asPlatform(() -> {
            work.run();
            return null;
        });
    }
}
