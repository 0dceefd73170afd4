package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** How a participant left the program. */
public enum ExitType implements Labelled {
    PLANNED,
    UNPLANNED,
    TRANSFERRED
}
