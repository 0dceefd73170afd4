package org.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The one clock the application reads "today" and "now" from, so that tests can reason about dates.
 * For benchmarks and rehearsals only, system property {@value #OFFSET_DAYS} (read at every reading,
 * so it can be set on a running server) moves it that many days ahead; a warning says so.
 */
@ApplicationScoped
public class Clocks {

    public static final String OFFSET_DAYS = "gatehouse.clock.offset-days";

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    @Produces
    @ApplicationScoped
    public Clock systemClock() {
        return new OffsetClock(ZoneId.systemDefault());
    }

    /** Days ahead of the system clock: 0 unless the property says otherwise (refused if not a number). */
    static long offsetDays(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(OFFSET_DAYS + " must be a whole number of days, not \"" + value + "\"");
        }
    }

    private static final class OffsetClock extends Clock {

        private final ZoneId zone;
        private volatile long warnedFor;

        OffsetClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new OffsetClock(other);
        }

        @Override
        public Instant instant() {
            long days = offsetDays(System.getProperty(OFFSET_DAYS));
            if (days != 0 && days != warnedFor) {
                warnedFor = days;
                LOG.warning(() -> "The application's clock runs " + days + " days off the system's ("
                        + OFFSET_DAYS + "): for benchmarks and rehearsals only");
            }
            return Instant.now().plus(Duration.ofDays(days));
        }
    }
}
