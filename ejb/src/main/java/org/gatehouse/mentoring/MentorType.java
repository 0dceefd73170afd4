package org.gatehouse.mentoring;

import org.gatehouse.platform.Labelled;

/** Who the mentor is. */
public enum MentorType implements Labelled {
    VOLUNTEER,
    LIVED_EXPERIENCE,
    PAID
}
