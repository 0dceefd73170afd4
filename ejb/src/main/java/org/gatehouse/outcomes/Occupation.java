package org.gatehouse.outcomes;

import org.gatehouse.platform.Labelled;

/** Education, training and employment at a checkpoint. */
public enum Occupation implements Labelled {
    EMPLOYED_FULL_TIME,
    EMPLOYED_PART_TIME,
    EDUCATION_OR_TRAINING,
    VOLUNTEERING,
    SEEKING,
    UNABLE,
    UNKNOWN
}
