package org.gatehouse.consent;

import org.gatehouse.platform.Labelled;

/** What the person consented to. */
public enum ConsentScope implements Labelled {
    MENTORING,
    SHARING
}
