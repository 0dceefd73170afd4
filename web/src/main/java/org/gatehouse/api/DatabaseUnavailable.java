package org.gatehouse.api;

import jakarta.resource.ResourceException;
import java.sql.SQLException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, refusing
 * connections, or the pool could not open one): the request can be sent again in a moment, so the
 * API answers 503 with Retry-After rather than an internal error.
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

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ResourceException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server is shutting down or starting up
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
