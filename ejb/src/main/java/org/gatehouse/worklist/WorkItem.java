package org.gatehouse.worklist;

import java.time.LocalDate;
import java.util.List;

/** One case on a worklist: who, the day that matters, and what is outstanding. */
public record WorkItem(long participantId, String name, String externalRef, String program, LocalDate date,
                       List<Outstanding> outstanding) {

    public WorkItem {
        outstanding = List.copyOf(outstanding);
    }
}
