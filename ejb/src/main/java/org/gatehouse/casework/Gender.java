package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** Gender as recorded in the interchange format (FORMATS.md §1). */
public enum Gender implements Labelled {
    F,
    M,
    X,
    U
}
