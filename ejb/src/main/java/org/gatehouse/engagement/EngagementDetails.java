package org.gatehouse.engagement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Violation;
import org.gatehouse.programs.ActivityKind;

/**
 * An engagement as a screen or a mentor's phone gives it: what, when (day, and time if known), how
 * long, who took part, and whether it happened (and on time).
 */
public record EngagementDetails(ActivityKind kind, LocalDate on, LocalTime startsAt, Integer durationMinutes,
                                Attendance attendance, Punctuality punctuality, Set<Attendee> attendees) {

    public static final int MAX_MINUTES = 24 * 60;

    public EngagementDetails {
        attendees = attendees == null || attendees.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attendees));
    }

    /** Only the kind and the day: attended, nothing else known (how older records and imports read). */
    public static EngagementDetails attended(ActivityKind kind, LocalDate on) {
        return new EngagementDetails(kind, on, null, null, Attendance.ATTENDED, null, Set.of());
    }

    /** Every rule the details break (the day's range depends on the case, see {@link Engagement}). */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.required(found, "kind", kind);
        Checks.required(found, "happened_on", on);
        Checks.required(found, "attendance", attendance);
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > MAX_MINUTES)) {
            found.add(new Violation("duration_minutes", "must be 1-" + MAX_MINUTES + " minutes"));
        }
        if (punctuality != null && attendance != Attendance.ATTENDED) {
            found.add(new Violation("punctuality", "is only for an engagement that happened"));
        }
        return found;
    }
}
