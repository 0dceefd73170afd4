package org.gatehouse.programs;

import java.util.Objects;

/**
 * A contact cadence: one {@code kind} of activity in every slot of {@code everyDays} days, from day
 * {@code fromDay} to day {@code toDay} after release (both inclusive; day 0 is release day).
 */
public record CadenceDefinition(String code, String label, ActivityKind kind, int everyDays, int fromDay, int toDay) {

    public CadenceDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (everyDays < 1 || toDay < fromDay) {
            throw new IllegalArgumentException("a cadence needs slots of a day or more over a non-empty period");
        }
    }
}
