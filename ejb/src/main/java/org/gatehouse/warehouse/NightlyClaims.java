package org.gatehouse.warehouse;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * Which node runs a night's batch: the first to claim the night (a row keyed by the date, inserted
 * in a transaction of its own) runs it; every other node of the cluster finds it taken.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyClaims {

    /** SQL state of a unique or primary key violation (PostgreSQL and H2 alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    /** Claims the night for the node; false when another node (or an earlier run here) has it. */
    public boolean claim(LocalDate night, String node) {
        access.requireRole("run the nightly batch", Role.SYSTEM_ADMIN);
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("insert into nightly_run (night, node, claimed_at) "
                     + "select ?, ?, ? where not exists (select 1 from nightly_run where night = ?)")) {
            insert.setDate(1, Date.valueOf(night));
            insert.setString(2, node);
            insert.setTimestamp(3, Timestamp.from(Instant.now(clock)));
            insert.setDate(4, Date.valueOf(night));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // two nodes inserting at once: the primary key let the other one in
                return false;
            }
            throw new IllegalStateException("the nightly batch could not be claimed", e);
        }
    }

    /** Records the warehouse load the night started. */
    public void loadStarted(LocalDate night, long execution) {
        access.requireRole("run the nightly batch", Role.SYSTEM_ADMIN);
        try (Connection db = dataSource.getConnection();
             PreparedStatement update = db.prepareStatement(
                     "update nightly_run set load_execution = ? where night = ?")) {
            update.setLong(1, execution);
            update.setDate(2, Date.valueOf(night));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the nightly batch's load could not be recorded", e);
        }
    }

    /** The node that ran the night and the load it started, if it ran. */
    public Optional<Night> night(LocalDate night) {
        access.requireRole("see the nightly batch", Role.SYSTEM_ADMIN);
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(
                     "select node, claimed_at, load_execution from nightly_run where night = ?")) {
            select.setDate(1, Date.valueOf(night));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long execution = row.getLong(3);
                Long load = row.wasNull() ? null : execution;
                return Optional.of(new Night(night, row.getString(1), row.getTimestamp(2).toInstant(), load));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the nightly batch could not be read", e);
        }
    }

    /** A night's batch: who ran it, when it was claimed, the load it started (null until started). */
    public record Night(LocalDate night, String node, Instant claimedAt, Long loadExecution) {
    }
}
