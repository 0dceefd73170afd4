package org.gatehouse.programs;

/** What can happen on a case and complete a milestone or a cadence slot (the glossary's engagements). */
public enum ActivityKind {
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
    CASE_PLAN_AGREED,
    ONWARD_REFERRAL
}
