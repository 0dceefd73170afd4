package org.gatehouse.programs;

import java.time.LocalDate;

/** A milestone of one case: when it can be done, when it is due, and where it stands. */
public record MilestoneStatus(MilestoneDefinition milestone, LocalDate opens, LocalDate due, LocalDate lastDay,
                              MilestoneState state, LocalDate doneOn) {

    public boolean doneOnTime() {
        return state == MilestoneState.DONE && !doneOn.isAfter(due);
    }
}
