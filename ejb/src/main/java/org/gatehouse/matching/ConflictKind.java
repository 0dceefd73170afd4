package org.gatehouse.matching;

import org.gatehouse.platform.Labelled;

/** Why a mentor must never be matched with a participant. */
public enum ConflictKind implements Labelled {
    CO_DEFENDANT,
    VICTIM_LINK,
    KNOWN_PERSONALLY,
    OTHER
}
