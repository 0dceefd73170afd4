package org.gatehouse.platform;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Says nothing about the record concerned, not even whether it exists. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException() {
        this("You are not allowed to do this.");
    }

    protected AccessDeniedException(String message) {
        super(message);
    }
}
