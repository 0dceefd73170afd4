package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** How a released participant came back into custody. */
public enum CustodyReturnKind implements Labelled {
    RECALL,
    REMAND,
    NEW_SENTENCE
}
