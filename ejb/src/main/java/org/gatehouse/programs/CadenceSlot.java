package org.gatehouse.programs;

import java.time.LocalDate;

/** One slot of a contact cadence (a day, a week...) of one case, and where it stands. */
public record CadenceSlot(CadenceDefinition cadence, LocalDate from, LocalDate to, MilestoneState state,
                          LocalDate doneOn) {
}
