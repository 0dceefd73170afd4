package org.gatehouse.dashboards;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the dashboards read from the warehouse, kept until the next published load (the warehouse
 * changes only with a load). The commissioners' {@link PublishedTable}s, each built once per load
 * and threshold: every commissioner's request of that load is answered from the same suppressed
 * cells (and quickly: a table adds up the whole warehouse). And an agency's own answers, one per
 * question (its filter and breakdown), so that a Monday morning's staff opening their dashboards
 * do not add up the same facts again and again.
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

    /** How an agency's own answer to one question is read from the warehouse. */
    @FunctionalInterface
    public interface Query<T> {
        T read(Connection db) throws SQLException;
    }

    /** At most this many agencies' answers are kept (each a few dozen lines); the least recently asked go first. */
    static final int KEPT_ANSWERS = 2_000;

    private final Map<Object, Kept> answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
            return size() > KEPT_ANSWERS;
        }
    });

    private record Kept(String load, Object value) {
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
                return (T) kept.value();
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
                return (T) kept.value();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the commissioners' figures cannot be read", e);
        }
    }

    /**
     * The answer to {@code question} as of the last published load: read by {@code query} once per
     * load. The question names everything the answer depends on, the agency first: answers are
     * never shared between agencies. What the caller may ask is for the caller to check first.
     */
    @SuppressWarnings("unchecked") // each question is always read by the same query
    public <T> T answer(List<?> question, Query<T> query) {
        try (Connection db = dataSource.getConnection()) {
            String load = lastLoad(db);
            Kept kept = answers.get(question);
            if (kept != null && kept.load().equals(load)) {
                return (T) kept.value();
            }
            T answer = query.read(db);
            answers.put(question, new Kept(load, answer));
            return answer;
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse's figures cannot be read", e);
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
