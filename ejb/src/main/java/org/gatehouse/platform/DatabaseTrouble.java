package org.gatehouse.platform;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The two database failures that the user can be told about plainly, because they are not faults
 * in what was sent: a database that cannot be reached (try again in a moment) and one out of room
 * (nothing was saved; an administrator must act). Everything else stays an internal error.
 */
public enum DatabaseTrouble {

    /** Stopped, restarting, refusing connections, all its connection slots taken, or the pool could not open one. */
    UNREACHABLE,
    /** The database's disk is full (PostgreSQL's SQLSTATE 53100). */
    OUT_OF_ROOM;

    /** The trouble found anywhere in the failure's chain of causes, if it is one of these. */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ResourceException) {
                return Optional.of(UNREACHABLE);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // class 08: connection exception; 57P: shutting down or starting up; 53300: too many connections
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return Optional.of(UNREACHABLE);
                }
                if (state.equals("53100")) {
                    return Optional.of(OUT_OF_ROOM);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether this is the trouble found in the failure's chain of causes. */
    public boolean causedIt(Throwable failure) {
        return of(failure).filter(this::equals).isPresent();
    }
}
