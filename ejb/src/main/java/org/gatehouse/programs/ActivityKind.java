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
    CASE_PLAN_AGREED("Case plan agreed"),
    ONWARD_REFERRAL("Onward referral made");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
