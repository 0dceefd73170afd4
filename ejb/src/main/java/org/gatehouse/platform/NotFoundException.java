package org.gatehouse.platform;

import jakarta.ejb.ApplicationException;

/** A record that does not exist, or that the caller may not know exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
