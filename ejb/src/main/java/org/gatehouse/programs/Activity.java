package org.gatehouse.programs;

import java.time.LocalDate;
import java.util.Objects;

/** Something that happened on a case on a day (an attended engagement, an agreed case plan). */
public record Activity(ActivityKind kind, LocalDate date) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
