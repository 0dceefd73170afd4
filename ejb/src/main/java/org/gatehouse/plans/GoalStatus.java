package org.gatehouse.plans;

import org.gatehouse.platform.Labelled;

/** Where a plan goal stands. */
public enum GoalStatus implements Labelled {
    OPEN,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED
}
