package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** The person's legal status after release. */
public enum LegalStatus implements Labelled {
    ON_LICENCE,
    PAROLE,
    REHABILITATION_ACTIVITY_REQUIREMENT,
    UNSUPERVISED
}
