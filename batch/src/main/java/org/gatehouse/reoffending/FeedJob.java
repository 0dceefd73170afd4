package org.gatehouse.reoffending;

import java.util.function.Supplier;
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

    static <T> T asPlatform(Supplier<T> work) {
        return Callers.runAs(Caller.platform(), work);
    }

    static void asPlatform(Runnable work) {
        Callers.runAs(Caller.platform(), work);
    }
}
