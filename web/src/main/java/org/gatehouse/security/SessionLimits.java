package org.gatehouse.security;

import java.time.Duration;

/**
 * How long a screen session lives: idle time-out (default 15 minutes) and absolute lifetime
 * (default 8 hours), set per server with {@code gatehouse.session.idle-seconds} and
 * {@code gatehouse.session.max-seconds}.
 */
public final class SessionLimits {

    private SessionLimits() {
    }

    public static Duration idle() {
        return Duration.ofSeconds(Long.getLong("gatehouse.session.idle-seconds", 15 * 60));
    }

    public static Duration absolute() {
        return Duration.ofSeconds(Long.getLong("gatehouse.session.max-seconds", 8 * 60 * 60));
    }
}
