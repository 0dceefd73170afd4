package org.gatehouse.platform;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record since the caller read it; their change must not be overwritten. */
@ApplicationException(rollback = true)
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String what) {
        super(what + " was changed by someone else since you opened it; reload it and apply your change again");
    }
}
