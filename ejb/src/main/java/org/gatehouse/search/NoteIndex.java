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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.gatehouse.notes.SearchableNote;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import javax.sql.DataSource;

/**
 * The node's case-note index: one Lucene index in a directory of its own (system property
 * {@code gatehouse.index.dir}, by default {@code search/notes} under the server's data directory).
 * Writes are applied once their transaction has committed ({@link NoteIndexer}) and are visible to
 * searches as soon as they are applied (near-real-time readers); the index is committed to disk
 * every few seconds, and at shutdown.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteIndex {

    private static final Logger LOG = Logger.getLogger(NoteIndex.class.getName());

    /** The commit data key naming the database the index was built from. */
    static final String INSTALLATION = "gatehouse.installation";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final AtomicBoolean changed = new AtomicBoolean();

    @PostConstruct
    void open() {
        try {
            Path where = location();
            Files.createDirectories(where);
            directory = FSDirectory.open(where);
            writer = new IndexWriter(directory, new IndexWriterConfig(NoteAnalysis.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            belongToThisDatabase();
            searchers = new SearcherManager(writer, null);
            LOG.info(() -> "Case-note index at " + where + ": " + writer.getDocStats().numDocs + " notes");
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be opened", e);
        }
    }

    /**
     * An index built from another database (a restored backup, a server pointed elsewhere) holds
     * notes this one does not: it is emptied, never searched. The rebuild fills it again.
     */
    private void belongToThisDatabase() throws IOException {
        String database = installation();
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        if (!database.equals(committed.get(INSTALLATION))) {
            if (writer.getDocStats().numDocs > 0) {
                LOG.warning("The case-note index was built from another database: emptied");
                writer.deleteAll();
            }
            writer.setLiveCommitData(Map.of(INSTALLATION, database).entrySet());
            writer.commit();
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

    static Path location() {
        String configured = System.getProperty("gatehouse.index.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "search", "notes");
    }

    /** Adds the notes, each replacing its earlier version, and makes them visible to searches. */
    public void put(Collection<SearchableNote> notes) {
        try {
            for (SearchableNote note : notes) {
                writer.updateDocument(new Term(NoteFields.NOTE, Long.toString(note.noteId())),
                        NoteDocuments.of(note));
            }
            changed.set(true);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be written", e);
        }
    }

    /** Removes the notes (by note id) from the index. */
    public void remove(Collection<Long> noteIds) {
        try {
            for (Long noteId : noteIds) {
                writer.deleteDocuments(new Term(NoteFields.NOTE, Long.toString(noteId)));
            }
            changed.set(true);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be written", e);
        }
    }

    /** Runs the search on the newest searcher, released whatever happens. */
    public <T> T search(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the case-note index cannot be read", e);
        }
    }

    /** The number of notes in the index. */
    public int size() {
        return search(s -> s.getIndexReader().numDocs());
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void commit() {
        if (changed.getAndSet(false)) {
            try {
                writer.commit();
            } catch (IOException e) {
                changed.set(true);
                throw new UncheckedIOException("the case-note index cannot be committed", e);
            }
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "The case-note index did not close cleanly (" + e.getClass().getSimpleName()
                    + "); it is checked at the next start");
        }
    }
}
