package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** Aboriginal and/or Torres Strait Islander status. */
public enum IndigenousStatus implements Labelled {
    ABORIGINAL,
    TORRES_STRAIT_ISLANDER,
    BOTH,
    NEITHER,
    NOT_STATED
}
