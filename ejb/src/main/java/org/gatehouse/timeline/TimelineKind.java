package org.gatehouse.timeline;

import org.gatehouse.platform.Labelled;

/** What a line of a case's story is about: the timeline's kind column. */
public enum TimelineKind implements Labelled {
    ENGAGEMENT,
    NOTE,
    MILESTONE,
    MENTOR
}
