package org.gatehouse.programs;

import java.time.LocalDate;
import java.util.List;

/** Everything a program expects of one case on one day: its phase, milestones and cadence slots. */
public record CaseSchedule(Phase phase, LocalDate release, List<MilestoneStatus> milestones, List<CadenceSlot> slots) {

    public CaseSchedule {
        milestones = List.copyOf(milestones);
        slots = List.copyOf(slots);
    }

    public MilestoneStatus milestone(String code) {
        return milestones.stream().filter(m -> m.milestone().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no milestone " + code));
    }

    public List<CadenceSlot> slots(String cadenceCode) {
        return slots.stream().filter(s -> s.cadence().code().equals(cadenceCode)).toList();
    }

    /**
     * Of the cadence's slots that have ended, the share that was done (0 to 1); 1 when none has
     * ended yet.
     */
    public double compliance(String cadenceCode) {
        List<CadenceSlot> ended = slots(cadenceCode).stream()
                .filter(s -> s.state() == MilestoneState.DONE || s.state() == MilestoneState.MISSED).toList();
        if (ended.isEmpty()) {
            return 1.0;
        }
        return ended.stream().filter(s -> s.state() == MilestoneState.DONE).count() / (double) ended.size();
    }
}
