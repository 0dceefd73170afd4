package org.gatehouse.api;

/**
 * The API's answer while the database cannot be reached ({@code DatabaseTrouble.UNREACHABLE}): the
 * request can be sent again in a moment, so 503 with Retry-After rather than an internal error.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before sending the request again. */
    static final String RETRY_AFTER = "5";
    /** The problem type, after {@link Problem#TYPES}. */
    static final String TYPE = "unavailable";
    static final String DETAIL = "The database cannot be reached just now. Send the request again in a few seconds; "
            + "a create sent again with the same Idempotency-Key is answered with what was saved, never saved twice.";

    private DatabaseUnavailable() {
    }
}
