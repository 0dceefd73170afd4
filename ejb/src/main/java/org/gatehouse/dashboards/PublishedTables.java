package org.gatehouse.dashboards;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The commissioners' {@link PublishedTable}s, each built once per published warehouse load and
 * threshold and kept until the next load: every commissioner's request of that load is answered
 * from the same suppressed cells (and quickly: a table adds up the whole warehouse).
 */
@ApplicationScoped
public class PublishedTables {

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private static final Logger LOG = Logger.getLogger(PublishedTables.class.getName());

    private final Map<String, Kept> tables = new ConcurrentHashMap<>();

    /** How a dashboard reads its table (or tables suppressed together) from the warehouse. */
    @FunctionalInterface
    public interface Source<T> {
        T read(Connection db, int threshold) throws SQLException;
    }

    private record Kept(String load, Object table) {
    }

    /** The table {@code name} as of the last published load, read by {@code source} when that load has none yet. */
    public <T> T table(String name, int threshold, Source<T> source) {
        return table(name, threshold, "", source);
    }

    /**
     * As {@link #table(String, int, Source)}, for a table that also depends on the day it is read
     * ({@code asOf}, such as the month up to which open cases are counted): read again when it changes.
     */
    @SuppressWarnings("unchecked") // each name is always read by the same source
    public <T> T table(String name, int threshold, String asOf, Source<T> source) {
        try (Connection db = dataSource.getConnection()) {
            String load = lastLoad(db) + "/" + threshold + "/" + asOf;
            Kept kept = tables.get(name);
            if (kept != null && kept.load().equals(load)) {
                return (T) kept.table();
            }
            // one table read at a time: each adds up the whole warehouse
            synchronized (this) {
                kept = tables.get(name);
                if (kept == null || !kept.load().equals(load)) {
                    long start = System.nanoTime();
                    kept = new Kept(load, source.read(db, threshold));
                    tables.put(name, kept);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    LOG.info(() -> "Commissioners' table " + name + " published for load " + load + " in " + millis
                            + " ms");
                }
                return (T) kept.table();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the commissioners' figures cannot be read", e);
        }
    }

    /** The last published load (its id, and how many there are: the loads may have been cleared). */
    private static String lastLoad(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select coalesce(max(id), 0), count(*) from warehouse.load_run "
                     + "where status = 'PUBLISHED'")) {
            row.next();
            return row.getLong(1) + "-" + row.getLong(2);
        }
    }
}
