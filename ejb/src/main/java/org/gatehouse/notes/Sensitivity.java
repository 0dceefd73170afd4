package org.gatehouse.notes;

import org.gatehouse.platform.Labelled;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Who reads a note, beyond its author: a normal note everyone who reaches the case (the case's
 * mentor too); a sensitive (clinical) note case workers and coordinators; a restricted note
 * coordinators only.
 */
public enum Sensitivity implements Labelled {
    NORMAL,
    SENSITIVE_CLINICAL,
    RESTRICTED;

    /** Whether a caller who reaches the case may read a note of this sensitivity (authors always may). */
    public boolean readableBy(Caller caller) {
        return caller.isSystem() || switch (this) {
            case NORMAL -> true;
            case SENSITIVE_CLINICAL -> caller.hasAny(AccessPolicy.CASE_EDITORS);
            case RESTRICTED -> caller.has(Role.COORDINATOR);
        };
    }
}
