package org.gatehouse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generation knows the database and the entry layout it was written for. */
class IndexGenerationTest {

    @TempDir
    Path dir;

    @Test
    void aNewGenerationHasThisVersionsLayoutAndAnOlderOneDoesNot() throws IOException {
        try (IndexGeneration fresh = IndexGeneration.open(dir.resolve("notes-new"), "db-1", 16)) {
            assertThat(fresh.installation()).isEqualTo("db-1");
            assertThat(fresh.hasCurrentSchema()).isTrue();
        }
        // as the first version wrote it: the database named, no layout
        try (FSDirectory directory = FSDirectory.open(dir.resolve("notes-old"));
             IndexWriter older = new IndexWriter(directory, new IndexWriterConfig(NoteAnalysis.forIndexing()))) {
            older.setLiveCommitData(Map.of(IndexGeneration.INSTALLATION, "db-1").entrySet());
            older.commit();
        }
        try (IndexGeneration old = IndexGeneration.open(dir.resolve("notes-old"), "db-1", 16)) {
            assertThat(old.installation()).isEqualTo("db-1");
            assertThat(old.hasCurrentSchema()).isFalse();
        }
    }
}
