package org.gatehouse.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/**
 * An appointment as booked: whom with, when, for how long, where, and whether the mentor goes along
 * (transport or escort).
 */
public record AppointmentDetails(AppointmentKind kind, LocalDate on, LocalTime at, Integer durationMinutes,
                                 String place, String withWhom, boolean mentorAttends) {

    public static final int MAX_MINUTES = 12 * 60;

    public AppointmentDetails {
        place = Texts.strippedOrNull(place);
        withWhom = Texts.strippedOrNull(withWhom);
    }

    /** Every rule the details break (the day's range depends on the case, see {@link Appointment}). */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        Checks.required(found, "kind", kind);
        Checks.required(found, "on", on);
        Checks.required(found, "at", at);
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > MAX_MINUTES)) {
            found.add(new Violation("duration_minutes", "must be 1-" + MAX_MINUTES + " minutes"));
        }
        Checks.line(found, "place", place, 200, true);
        Checks.line(found, "with_whom", withWhom, 200, false);
        return found;
    }
}
