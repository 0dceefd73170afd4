package org.gatehouse.api;

/**
 * A write that named no version it was based on (428 Precondition Required) or one that is no
 * longer current (412 Precondition Failed): the caller reads the record again (its ETag) first.
 */
public class PreconditionException extends RuntimeException {

    private final int status;

    private PreconditionException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** 428: send If-Match with the ETag read (or the version in the body). */
    public static PreconditionException required() {
        return new PreconditionException(428, "Send If-Match with the ETag you read (or the version in the body), "
                + "so that a newer change is not overwritten.");
    }

    /** 412: the record changed since that ETag. */
    public static PreconditionException failed() {
        return new PreconditionException(412, "The record was changed since you read it (If-Match does not match "
                + "its ETag): read it again and apply your change to what it is now.");
    }

    public int status() {
        return status;
    }
}
