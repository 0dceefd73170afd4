package org.gatehouse.appointments;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.gatehouse.platform.Labelled;

/**
 * The two reminders a mentor gets of an appointment: the evening before (from 17:00) and on the
 * morning (from 07:00, or two hours before an earlier start, but not before midnight). Each is due only until its window
 * closes: a reminder the server missed is not sent after the fact.
 */
public enum ReminderKind implements Labelled {
    DAY_BEFORE,
    MORNING_OF;

    static final LocalTime EVENING = LocalTime.of(17, 0);
    static final LocalTime MORNING = LocalTime.of(7, 0);

    /** Whether, at {@code now} (local time), this reminder of an appointment starting at {@code start} is due. */
    public boolean dueAt(LocalDateTime start, LocalDateTime now) {
        LocalDateTime opens;
        LocalDateTime closes;
        if (this == DAY_BEFORE) {
            opens = start.toLocalDate().minusDays(1).atTime(EVENING);
            closes = start.toLocalDate().atStartOfDay();
        } else {
            LocalDateTime morning = start.toLocalDate().atTime(MORNING);
            LocalDateTime twoHoursBefore = start.minusHours(2);
            LocalDateTime midnight = start.toLocalDate().atStartOfDay();
            // an early start is reminded of two hours before, but never before the day begins
            opens = morning.isBefore(twoHoursBefore) ? morning
                    : twoHoursBefore.isBefore(midnight) ? midnight : twoHoursBefore;
            closes = start;
        }
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
