package org.gatehouse.programs;

/** What can happen on a case and complete a milestone or a cadence slot (the glossary's engagements). */
public enum ActivityKind {
    PRE_RELEASE_VISIT("Pre-release visit"),
    GATE_MEETING("Gate meeting"),
    ORIENTATION("Orientation session"),
    FIRST_STEPS_ACTIVITY("First Steps activity"),
    MENTOR_MEETING("Mentor meeting"),
    TRIANGLE_MEETING("Triangle meeting"),
    PHONE_CALL("Phone call"),
    GROUP_SESSION("Group session"),
    ESCORT("Transport / escort to an appointment"),
    SUPERVISION("Supervision"),
    MENTOR_DEBRIEF("Mentor debrief"),
    CASE_PLAN_AGREED("Case plan agreed", false),
    PLAN_REVIEWED("Case plan reviewed", false),
    OUTCOME_CHECKPOINT("Outcome checkpoint recorded", false),
    ONWARD_REFERRAL("Onward referral made");

    private final String label;
    private final boolean loggedByHand;

    ActivityKind(String label) {
        this(label, true);
    }

    ActivityKind(String label, boolean loggedByHand) {
        this.label = label;
        this.loggedByHand = loggedByHand;
    }

    public String getLabel() {
        return label;
    }

    /**
     * Whether people log it as an engagement; the others are the trace of their own record (an
     * approved or reviewed plan, a recorded outcome checkpoint) and only their service writes them.
     */
    public boolean isLoggedByHand() {
        return loggedByHand;
    }
}
