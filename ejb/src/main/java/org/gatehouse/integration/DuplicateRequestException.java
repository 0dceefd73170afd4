package org.gatehouse.integration;

import jakarta.ejb.ApplicationException;

/** A request with the same Idempotency-Key is being handled at this moment; nothing of this one is kept. */
@ApplicationException(rollback = true)
public class DuplicateRequestException extends RuntimeException {

    public DuplicateRequestException() {
        super("A request with this Idempotency-Key is being handled now: wait for it, then send this one again "
                + "to get its result");
    }
}
