package org.gatehouse.mentoring;

import org.gatehouse.platform.Labelled;

/** What a session with mentors is. */
public enum SessionKind implements Labelled {
    TRAINING,
    DEBRIEF,
    SUPERVISION
}
