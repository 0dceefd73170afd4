package org.gatehouse.plans;

import org.gatehouse.platform.Labelled;

/** Who carries a goal or an action forward. */
public enum GoalOwner implements Labelled {
    PARTICIPANT,
    MENTOR,
    CASE_WORKER,
    OFFENDER_MANAGER,
    PARTNER_SERVICE
}
