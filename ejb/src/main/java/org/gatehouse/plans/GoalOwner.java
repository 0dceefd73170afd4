package org.gatehouse.plans;

/** Who carries a goal or an action forward. */
public enum GoalOwner {
    PARTICIPANT("Participant"),
    MENTOR("Mentor"),
    CASE_WORKER("Case worker"),
    OFFENDER_MANAGER("Offender Manager"),
    PARTNER_SERVICE("Partner service");

    private final String label;

    GoalOwner(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
