package org.gatehouse.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.gatehouse.notes.SearchableNote;

/**
 * The node's case-note index ({@link IndexLocation}): the live generation serves searches and takes
 * every committed change ({@link NoteIndexer}), visible as soon as it is applied (near-real-time
 * readers) and committed to disk every few seconds and at shutdown.
 * <p>
 * A rebuild (the {@code note-index-rebuild} batch job) fills a new generation beside the live one
 * while searches go on; every live change is written to both meanwhile, and a note changed live is
 * never overwritten by the rebuild's older copy of it. The switch makes the new generation current
 * in one atomic step.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteIndex {

    private static final Logger LOG = Logger.getLogger(NoteIndex.class.getName());
    private static final double LIVE_BUFFER_MB = 16;
    private static final double REBUILD_BUFFER_MB = 64;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    private IndexLocation location;
    private String installation;

    /** Searches and live writes hold it shared; the switch of generations holds it alone. */
    private final ReadWriteLock generations = new ReentrantReadWriteLock();
    private IndexGeneration live;
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean commitFailing;
    /** Why the live generation does not hold the database's notes, until a rebuild replaces it. */
    private volatile String incompleteBecause;

    /** Guards the rebuild's generation and the notes changed live since it began. */
    private final Object rebuildLock = new Object();
    private IndexGeneration rebuild;
    private boolean rebuildRunning;
    private Instant rebuildBegan;
    private final Set<Long> changedDuringRebuild = new HashSet<>();

    @PostConstruct
    void open() {
        location = IndexLocation.configured();
        installation = installation();
        try {
            String name = location.current().orElse(null);
            if (name != null) {
                live = IndexGeneration.open(location.of(name), installation, LIVE_BUFFER_MB);
                // a restored backup or a server pointed elsewhere holds notes this database does not; an
                // earlier version's entries cannot take this version's fields: either way, begin afresh
                String stale = !installation.equals(live.installation()) ? "the index was built from another database"
                        : !live.hasCurrentSchema() ? "the index was written by an earlier version of Gatehouse" : null;
                if (stale != null) {
                    LOG.warning(() -> "The case-note index is not used (" + stale + "): a new one is built");
                    live.close();
                    name = null;
                    incompleteBecause = stale;
                }
            }
            if (name == null) {
                name = location.newGeneration(clock);
                live = IndexGeneration.open(location.of(name), installation, LIVE_BUFFER_MB);
                location.makeCurrent(name);
                if (incompleteBecause == null) {
                    incompleteBecause = "there was no index on this node";
                }
            }
            String liveName = name;
            Optional<String> unfinished = location.rebuilding().filter(g -> !g.equals(liveName));
            if (unfinished.isPresent()) {
                rebuild = IndexGeneration.open(location.of(unfinished.get()), installation, REBUILD_BUFFER_MB);
                if (!rebuild.hasCurrentSchema() || !installation.equals(rebuild.installation())) {
                    rebuild.close();
                    rebuild = null;
                    unfinished = Optional.empty();
                    location.clearRebuilding();
                }
            } else {
                location.clearRebuilding();
            }
            location.deleteGenerationsExcept(unfinished.map(u -> Set.of(liveName, u)).orElse(Set.of(liveName)));
            LOG.info(() -> "Case-note index at " + location.of(liveName) + ": " + size() + " notes"
                    + (rebuild == null ? "" : "; an unfinished rebuild can be restarted"));
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be opened", e);
        }
    }

    private String installation() {
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select id from installation")) {
            if (!row.next()) {
                throw new IllegalStateException("the database has no installation id (migration V28)");
            }
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the database's installation id cannot be read", e);
        }
    }

    /** Adds the notes, each replacing its earlier version, and makes them visible to searches. */
    public void put(Collection<SearchableNote> notes) {
        change(notes.stream().map(SearchableNote::noteId).toList(), generation -> {
            for (SearchableNote note : notes) {
                generation.put(note);
            }
        });
    }

    /** Removes the notes (by note id) from the index. */
    public void remove(Collection<Long> noteIds) {
        change(noteIds, generation -> {
            for (long noteId : noteIds) {
                generation.remove(noteId);
            }
        });
    }

    /**
     * Applies a change to the live generation and to a rebuild under way; the rebuild takes it even
     * when the live one fails, since the rebuild is what repairs a live generation that cannot be written.
     */
    private void change(Collection<Long> noteIds, IndexChange change) {
        generations.readLock().lock();
        try {
            Exception liveFailure = null;
            try {
                change.apply(live);
                live.refresh();
            } catch (IOException | AlreadyClosedException e) {
                liveFailure = e;
                incompleteBecause = "changes could not be written to it (" + e.getClass().getSimpleName() + ")";
            }
            synchronized (rebuildLock) {
                if (rebuild != null) {
                    change.apply(rebuild);
                    changedDuringRebuild.addAll(noteIds);
                }
            }
            changed.set(true);
            if (liveFailure != null) {
                throw new UncheckedIOException("the case-note index cannot be written",
                        liveFailure instanceof IOException io ? io : new IOException(liveFailure));
            }
        } catch (IOException | AlreadyClosedException e) {
            throw new UncheckedIOException("the new case-note index cannot be written",
                    e instanceof IOException io ? io : new IOException(e));
        } finally {
            generations.readLock().unlock();
        }
    }

    /** Runs the search on the newest searcher of the live generation, released whatever happens. */
    public <T> T search(Function<IndexSearcher, T> search) {
        return live(generation -> generation.search(search));
    }

    /** The number of notes in the live generation. */
    public int size() {
        return search(s -> s.getIndexReader().numDocs());
    }

    /** What the live generation holds, in all and per agency. */
    public IndexCounts counts(Collection<Long> agencyIds) {
        return live(generation -> generation.counts(agencyIds));
    }

    /**
     * Where the index stands: its directory, size on disk, why it may be incomplete (also when it can
     * no longer be written: only a rebuild repairs it), a rebuild under way.
     */
    public IndexState state() {
        return live(generation -> {
            String incomplete = generation.unwritable().map(why -> "it cannot be written: " + why)
                    .orElse(incompleteBecause);
            synchronized (rebuildLock) {
                return new IndexState(location.of(generation.name()).toString(), generation.sizeOnDisk(),
                        incomplete, rebuild == null ? null : rebuild.name(), rebuildRunning, rebuildBegan);
            }
        });
    }

    /** Reads the live generation while no switch can replace it. */
    private <T> T live(IndexRead<T> read) {
        generations.readLock().lock();
        try {
            return read.apply(live);
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be read", e);
        } finally {
            generations.readLock().unlock();
        }
    }

    /**
     * Begins a rebuild into a new, empty generation and returns its name; an unfinished rebuild
     * that is not running is dropped. Only one rebuild runs at a time on a node.
     */
    public String beginRebuild() {
        synchronized (rebuildLock) {
            if (rebuildRunning) {
                throw new IllegalStateException("a rebuild of the case-note index is already running");
            }
            try {
                dropRebuild();
                String name = location.newGeneration(clock);
                rebuild = IndexGeneration.open(location.of(name), installation, REBUILD_BUFFER_MB);
                location.markRebuilding(name);
                rebuildRunning = true;
                rebuildBegan = Instant.now(clock);
                return name;
            } catch (IOException e) {
                throw new UncheckedIOException("a new case-note index cannot be created", e);
            }
        }
    }

    /**
     * Why the unfinished rebuild cannot be continued from its checkpoint, if it cannot: there is none,
     * or a failed write (a full disk) closed it, so that what it holds no longer matches its checkpoint.
     */
    public Optional<String> whyRebuildCannotContinue() {
        synchronized (rebuildLock) {
            return rebuild == null ? Optional.of("there is no unfinished rebuild on this node")
                    : rebuild.unwritable();
        }
    }

    /** Continues the unfinished rebuild into {@code generation} (a restarted job). */
    public void resumeRebuild(String generation) {
        synchronized (rebuildLock) {
            if (rebuild == null || !rebuild.name().equals(generation)) {
                throw new IllegalStateException("the rebuild into " + generation + " can no longer be continued "
                        + "(a newer one replaced it, or its directory is gone): start a new rebuild");
            }
            Optional<String> broken = rebuild.unwritable();
            if (broken.isPresent()) {
                throw new IllegalStateException("the rebuild into " + generation + " can no longer be continued ("
                        + broken.get() + "): start a new rebuild");
            }
            if (rebuildRunning) {
                throw new IllegalStateException("a rebuild of the case-note index is already running");
            }
            rebuildRunning = true;
        }
    }

    /**
     * Adds notes read from the database to the rebuild; a note changed live since the rebuild began
     * is already there in a newer version and is left alone.
     */
    public void addRebuilt(String generation, List<SearchableNote> notes) {
        synchronized (rebuildLock) {
            try {
                for (SearchableNote note : notes) {
                    if (!changedDuringRebuild.contains(note.noteId())) {
                        rebuilding(generation).put(note);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the new case-note index cannot be written", e);
            }
        }
    }

    /** Commits what the rebuild holds (the job's checkpoint: a restart continues from there). */
    public void commitRebuild(String generation) {
        synchronized (rebuildLock) {
            try {
                rebuilding(generation).commit();
            } catch (IOException e) {
                throw new UncheckedIOException("the new case-note index cannot be committed", e);
            }
        }
    }

    /** The job stopped or failed: live changes still go to the rebuild, so that a restart can continue it. */
    public void suspendRebuild(String generation) {
        synchronized (rebuildLock) {
            if (rebuild != null && rebuild.name().equals(generation)) {
                rebuildRunning = false;
                try {
                    rebuild.commit();
                } catch (IOException e) {
                    LOG.warning(() -> "The unfinished case-note index could not be committed ("
                            + e.getClass().getSimpleName() + "); restarting the rebuild repeats more of it");
                }
            }
        }
    }

    /**
     * Makes the rebuilt generation the live one: committed, named in the {@code current} file
     * (atomically), then swapped in while no search or write is in flight; the old one is removed.
     */
    public void switchTo(String generation) {
        IndexGeneration old;
        generations.writeLock().lock();
        try {
            synchronized (rebuildLock) {
                IndexGeneration rebuilt = rebuilding(generation);
                rebuilt.commit();
                rebuilt.refresh();
                location.makeCurrent(generation);
                old = live;
                live = rebuilt;
                rebuild = null;
                rebuildRunning = false;
                rebuildBegan = null;
                changedDuringRebuild.clear();
                incompleteBecause = null;
                location.clearRebuilding();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the new case-note index cannot be switched to", e);
        } finally {
            generations.writeLock().unlock();
        }
        try {
            old.close();
        } catch (IOException e) {
            LOG.warning(() -> "The previous case-note index did not close cleanly (" + e.getClass().getSimpleName()
                    + ")");
        }
        location.deleteGenerationsExcept(Set.of(generation));
        LOG.info(() -> "Case-note index rebuilt: " + size() + " notes");
    }

    private IndexGeneration rebuilding(String generation) {
        if (rebuild == null || !rebuild.name().equals(generation)) {
            throw new IllegalStateException("no rebuild into " + generation + " is under way");
        }
        return rebuild;
    }

    private void dropRebuild() throws IOException {
        if (rebuild != null) {
            String dropped = rebuild.name();
            rebuild.close();
            rebuild = null;
            changedDuringRebuild.clear();
            location.clearRebuilding();
            location.deleteGenerationsExcept(Set.of(live.name()));
            LOG.info(() -> "Unfinished case-note index " + dropped + " dropped for a new rebuild");
        }
    }

    /**
     * Commits what changed; a generation that can no longer be written is left alone (the state says
     * so, and readiness: its failing every 5 s would only fill the log), and a failed commit is tried
     * again at the next tick, logged only the first time.
     */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void commit() {
        if (changed.getAndSet(false)) {
            generations.readLock().lock();
            try {
                if (live.unwritable().isEmpty()) {
                    live.commit();
                }
                synchronized (rebuildLock) {
                    if (rebuild != null && rebuild.unwritable().isEmpty()) {
                        rebuild.commit();
                    }
                }
                commitFailing = false;
            } catch (IOException | AlreadyClosedException e) {
                changed.set(true);
                if (!commitFailing) {
                    commitFailing = true;
                    LOG.warning(() -> "The case-note index could not be committed (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + "); tried again every 5 s");
                }
            } finally {
                generations.readLock().unlock();
            }
        }
    }

    @PreDestroy
    void close() {
        generations.writeLock().lock();
        try {
            synchronized (rebuildLock) {
                if (rebuild != null) {
                    rebuild.close();
                }
            }
            live.close();
        } catch (IOException e) {
            LOG.warning(() -> "The case-note index did not close cleanly (" + e.getClass().getSimpleName()
                    + "); it is checked at the next start");
        } finally {
            generations.writeLock().unlock();
        }
    }

    @FunctionalInterface
    private interface IndexRead<T> {
        T apply(IndexGeneration generation) throws IOException;
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply(IndexGeneration generation) throws IOException;
    }

    /** The index as an administrator needs to see it. */
    public record IndexState(String directory, long bytesOnDisk, String incompleteBecause, String rebuildGeneration,
                             boolean rebuildRunning, Instant rebuildBegan) {
    }
}
