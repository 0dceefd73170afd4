package org.gatehouse.programs;

import java.util.Objects;
import java.util.Set;

/**
 * A milestone of a program template: due a number of days from the release date (negative: before
 * it), achievable from {@code windowDays} before that, still achievable (late) for
 * {@code graceDays} after, and completed by any of the given activities.
 */
public record MilestoneDefinition(String code, String label, int offsetDays, int windowDays, int graceDays,
                                  Set<ActivityKind> completedBy) {

    public MilestoneDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (windowDays < 0 || graceDays < 0) {
            throw new IllegalArgumentException("window and grace cannot be negative");
        }
        if (completedBy == null || completedBy.isEmpty()) {
            throw new IllegalArgumentException("a milestone must be completed by some activity");
        }
        completedBy = Set.copyOf(completedBy);
    }

    /** An outcome checkpoint (completed by recording the outcomes), not work to do before it. */
    public boolean isOutcomeCheckpoint() {
        return completedBy.contains(ActivityKind.OUTCOME_CHECKPOINT);
    }
}
