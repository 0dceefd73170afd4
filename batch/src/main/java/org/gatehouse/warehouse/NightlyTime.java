package org.gatehouse.warehouse;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the nightly batch runs, in the server's time zone: system property {@value #PROPERTY},
 * {@code HH:mm} (default {@value #DEFAULT}), or {@code off} for none (a node that must not run it,
 * or a test server).
 */
public record NightlyTime(LocalTime at) {

    public static final String PROPERTY = "gatehouse.nightly.at";
    static final String DEFAULT = "02:00";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** The configured time; empty when off; refused (with the property's name) when not a time. */
    public static Optional<NightlyTime> configured() {
        return parse(System.getProperty(PROPERTY));
    }

    static Optional<NightlyTime> parse(String text) {
        String value = text == null || text.isBlank() ? DEFAULT : text.strip();
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NightlyTime(LocalTime.parse(value, HOURS_MINUTES)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a time of day as HH:mm (for example 02:30) "
                    + "or off, not \"" + value + "\"");
        }
    }

    ScheduleExpression schedule() {
        return new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0);
    }

    @Override
    public String toString() {
        return HOURS_MINUTES.format(at);
    }
}
