package org.gatehouse.platform;

import jakarta.ejb.ApplicationException;

/** The record is restricted and the caller is not on its allow-list, or is on its exclusion list. */
@ApplicationException(rollback = true)
public class RestrictedRecordException extends AccessDeniedException {

    public RestrictedRecordException() {
        super("This record is restricted. Ask your agency administrator if you need access.");
    }
}
