package org.gatehouse.programs;

import org.gatehouse.platform.Labelled;

/** What can happen on a case and complete a milestone or a cadence slot (the glossary's engagements). */
public enum ActivityKind implements Labelled {
    PRE_RELEASE_VISIT,
    GATE_MEETING,
    ORIENTATION,
    FIRST_STEPS_ACTIVITY,
    MENTOR_MEETING,
    TRIANGLE_MEETING,
    PHONE_CALL,
    GROUP_SESSION,
    ESCORT,
    SUPERVISION,
    MENTOR_DEBRIEF,
    CASE_PLAN_AGREED(false),
    PLAN_REVIEWED(false),
    OUTCOME_CHECKPOINT(false),
    ONWARD_REFERRAL;

    private final boolean loggedByHand;

    ActivityKind() {
        this(true);
    }

    ActivityKind(boolean loggedByHand) {
        this.loggedByHand = loggedByHand;
    }

    /**
     * Whether people log it as an engagement; the others are the trace of their own record (an
     * approved or reviewed plan, a recorded outcome checkpoint) and only their service writes them.
     */
    public boolean isLoggedByHand() {
        return loggedByHand;
    }
}
