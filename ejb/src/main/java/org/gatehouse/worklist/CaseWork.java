package org.gatehouse.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The case sections of a worklist (releases soon, overdue milestones, no call today), worked out
 * from the open cases' schedules at {@code asOf}.
 */
public record CaseWork(List<WorkItem> releasesSoon, List<WorkItem> overdue, List<WorkItem> noCallToday,
                       Instant asOf) {

    public static final CaseWork NONE = new CaseWork(List.of(), List.of(), List.of(), null);

    public CaseWork {
        releasesSoon = List.copyOf(releasesSoon);
        overdue = List.copyOf(overdue);
        noCallToday = List.copyOf(noCallToday);
    }

    /** The same work without the cases given (restricted records the reader may not reach). */
    public CaseWork without(Set<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return this;
        }
        return new CaseWork(leaveOut(releasesSoon, participantIds), leaveOut(overdue, participantIds),
                leaveOut(noCallToday, participantIds), asOf);
    }

    private static List<WorkItem> leaveOut(List<WorkItem> items, Set<Long> participantIds) {
        return items.stream().filter(item -> !participantIds.contains(item.participantId())).toList();
    }
}
