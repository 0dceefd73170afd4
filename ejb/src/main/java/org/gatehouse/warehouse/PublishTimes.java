package org.gatehouse.warehouse;

import java.util.ArrayList;
import java.util.List;

/** How long each part of a publish took, for the log line operators read ("participants 1.2 s, ..."). */
final class PublishTimes {

    private final List<String> parts = new ArrayList<>();
    private final long started = System.nanoTime();
    private long last = started;

    /** Ends the part that began at the previous mark (or at the start). */
    void mark(String part) {
        long now = System.nanoTime();
        parts.add(part + " " + seconds(now - last));
        last = now;
    }

    @Override
    public String toString() {
        return String.join(", ", parts) + "; in all " + seconds(last - started);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
