package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    /** A database error as the application meets it: wrapped by the persistence provider and the container. */
    private static RuntimeException met(Throwable cause) {
        EJBTransactionRolledbackException outer = new EJBTransactionRolledbackException("rolled back");
        outer.initCause(new PersistenceException("flush failed", cause));
        return outer;
    }

    @Test
    void aFullDiskIsOutOfRoomWhereverItIsInTheChain() {
        RuntimeException full = met(new SQLException("could not extend file", "53100"));
        assertThat(DatabaseTrouble.of(full)).contains(DatabaseTrouble.OUT_OF_ROOM);
        assertThat(DatabaseTrouble.OUT_OF_ROOM.causedIt(full)).isTrue();
        assertThat(DatabaseTrouble.UNREACHABLE.causedIt(full)).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedOrIsFullOfConnectionsIsUnreachable() {
        assertThat(DatabaseTrouble.of(met(new SQLException("connection refused", "08001"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(met(new SQLException("the database system is shutting down", "57P03"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(met(new SQLException("too many clients", "53300"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(met(new ResourceException("no managed connection"))))
                .contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void otherFailuresAreNeither() {
        assertThat(DatabaseTrouble.of(met(new SQLException("duplicate key", "23505")))).isEmpty();
        assertThat(DatabaseTrouble.of(met(new SQLException("out of memory", "53200")))).isEmpty();
        assertThat(DatabaseTrouble.of(met(new SQLException("no state")))).isEmpty();
        assertThat(DatabaseTrouble.of(new IllegalStateException("not a database at all"))).isEmpty();
    }
}
