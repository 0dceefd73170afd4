package org.gatehouse.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gatehouse.notes.SearchableNote;

/**
 * One generation of the case-note index: a directory of its own with its writer and near-real-time
 * searchers. The live generation serves searches; a rebuild fills a new one beside it.
 */
final class IndexGeneration implements Closeable {

    /** The commit data key naming the database the generation was built from. */
    static final String INSTALLATION = "gatehouse.installation";
    /** The commit data key naming the layout of its entries ({@link NoteFields#SCHEMA}). */
    static final String SCHEMA = "gatehouse.schema";

    private final String name;
    private final Path where;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private IndexGeneration(Path where, Directory directory, IndexWriter writer) throws IOException {
        this.name = where.getFileName().toString();
        this.where = where;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the generation in {@code where}; a new one records the database it is for. */
    static IndexGeneration open(Path where, String installation, double bufferMb) throws IOException {
        Files.createDirectories(where);
        Directory directory = FSDirectory.open(where);
        try {
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NoteAnalysis.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(bufferMb));
            if (writer.getLiveCommitData() == null || !writer.getLiveCommitData().iterator().hasNext()) {
                writer.setLiveCommitData(identity(installation).entrySet());
                writer.commit();
            }
            return new IndexGeneration(where, directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    private static Map<String, String> identity(String installation) {
        return Map.of(INSTALLATION, installation, SCHEMA, NoteFields.SCHEMA);
    }

    /** The database this generation was built from, as its commit data says. */
    String installation() {
        return committed().get(INSTALLATION);
    }

    /** Whether its entries have the layout this version writes and reads. */
    boolean hasCurrentSchema() {
        return NoteFields.SCHEMA.equals(committed().get(SCHEMA));
    }

    private Map<String, String> committed() {
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        return committed;
    }

    /**
     * Why this generation can no longer take changes, if it cannot: its directory was removed, or a
     * failed write (a full disk, say) closed its writer. Searches may still answer from open files.
     */
    Optional<String> unwritable() {
        if (!Files.isDirectory(where)) {
            return Optional.of("its directory is missing");
        }
        if (!writer.isOpen()) {
            Throwable tragic = writer.getTragicException();
            // Lucene's messages name files and causes, never a note's text
            return Optional.of("a failed write closed it" + (tragic == null ? ""
                    : " (" + tragic.getClass().getSimpleName() + ": " + tragic.getMessage() + ")"));
        }
        return Optional.empty();
    }

    void put(SearchableNote note) throws IOException {
        writer.updateDocument(key(note.noteId()), NoteDocuments.of(note));
    }

    void remove(long noteId) throws IOException {
        writer.deleteDocuments(key(noteId));
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void commit() throws IOException {
        writer.commit();
    }

    <T> T search(Function<IndexSearcher, T> search) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Notes in the generation, of every agency and of each (by agency id). */
    IndexCounts counts(Collection<Long> agencyIds) throws IOException {
        return search(searcher -> {
            try {
                Map<Long, Integer> perAgency = new HashMap<>();
                for (long agency : agencyIds) {
                    perAgency.put(agency, searcher.count(new TermQuery(
                            new Term(NoteFields.AGENCY, Long.toString(agency)))));
                }
                return new IndexCounts(searcher.getIndexReader().numDocs(), perAgency);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    long sizeOnDisk() throws IOException {
        String[] files;
        try {
            files = directory.listAll();
        } catch (NoSuchFileException removed) {
            return 0; // unwritable() says so
        }
        long bytes = 0;
        for (String file : files) {
            try {
                bytes += file.equals(IndexWriter.WRITE_LOCK_NAME) ? 0 : directory.fileLength(file);
            } catch (NoSuchFileException mergedAway) {
                // a merge removed it meanwhile
            }
        }
        return bytes;
    }

    static Term key(long noteId) {
        return new Term(NoteFields.NOTE, Long.toString(noteId));
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
