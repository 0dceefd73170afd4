package org.gatehouse.operations;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Durations counted into Prometheus' cumulative buckets (seconds), with their sum and count. */
final class Histogram {

    /** Upper bounds in seconds: from a fast page (5 ms) to a slow report (10 s). */
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length);
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder count = new LongAdder();

    void observe(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets.incrementAndGet(i);
                break;
            }
        }
        sum.add(seconds);
        count.increment();
    }

    /** The exposition lines of this histogram under {@code name} with {@code labels} (already formatted, may be empty). */
    void write(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        String prefix = labels.isEmpty() ? "" : labels + ",";
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += buckets.get(i);
            out.append(name).append("_bucket{").append(prefix).append("le=\"").append(BOUNDS[i]).append("\"} ")
                    .append(cumulative).append('\n');
        }
        // an observation counted in its bucket but not yet in the count must not make +Inf the smaller
        long total = Math.max(count.sum(), cumulative);
        String braces = labels.isEmpty() ? "" : "{" + labels + "}";
        out.append(name).append("_bucket{").append(prefix).append("le=\"+Inf\"} ").append(total).append('\n');
        out.append(name).append("_sum").append(braces).append(' ').append(sum.sum()).append('\n');
        out.append(name).append("_count").append(braces).append(' ').append(total).append('\n');
    }
}
