package org.gatehouse.plans;

/** Where a plan goal stands. */
public enum GoalStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    ACHIEVED("Achieved"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
