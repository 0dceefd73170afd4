package org.gatehouse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.gatehouse.notes.SearchableNote;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search over an index in memory: pages of cases stay full whatever the spread of matches. */
class NoteSearcherTest {

    private static final long AGENCY = 7;
    private static final NoteAccess CASE_WORKER = new NoteAccess(AGENCY, null, Set.of(), List.of("NORMAL"), "cw");

    private final Directory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private long nextNote = 1;

    @BeforeEach
    void oneBusyCaseAndManyQuietOnes() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NoteAnalysis.forIndexing()))) {
            // written first and identical, so its notes rank first and would fill the best 1,000 alone
            for (int n = 0; n < 1200; n++) {
                writer.addDocument(NoteDocuments.of(note(1)));
            }
            for (long participant = 2; participant <= 26; participant++) {
                writer.addDocument(NoteDocuments.of(note(participant)));
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private SearchableNote note(long participant) {
        long id = nextNote++;
        return new SearchableNote(id, id, AGENCY, participant, "Paid the bond", null, "NORMAL", "cw",
                Instant.parse("2026-11-01T10:00:00Z"), "REINT", "Pat", "Case" + participant, null, null);
    }

    private NoteResults page(int page) {
        return NoteSearcher.search(new IndexSearcher(reader), new NoteQuery("bond", Set.of(), false, null, null,
                null, null, Set.of(), false, page, 20), CASE_WORKER, ZoneOffset.UTC);
    }

    @Test
    void everyPageHoldsAsManyCasesAsMatchEvenWhenOneCaseHasMostOfTheNotes() {
        NoteResults first = page(0);
        assertThat(first.notes()).isEqualTo(1225);
        assertThat(first.cases()).isEqualTo(26);
        assertThat(first.page()).hasSize(20);
        assertThat(first.page().get(0).participantId()).isEqualTo(1);
        assertThat(first.page().get(0).matchingNotes()).isEqualTo(1200);
        assertThat(first.page().get(0).notes()).hasSize(NoteSearcher.NOTES_PER_CASE);
        NoteResults second = page(1);
        assertThat(second.page()).hasSize(6).allSatisfy(c -> assertThat(c.notes()).hasSize(1));
        assertThat(second.page()).extracting(NoteResults.CaseHits::participantId)
                .doesNotContainAnyElementsOf(first.page().stream().map(NoteResults.CaseHits::participantId).toList());
    }

    @Test
    void wordsThatCannotBeReadAreRefusedByFieldNotFailed() {
        // between slashes Lucene reads a regular expression; this one is not valid (StoredScriptIT, seed 6738930033557)
        assertThatThrownBy(() -> NoteSearcher.words("</textarea><script>alert('gh')</script>"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("q"));
        assertThatThrownBy(() -> NoteSearcher.words("\"an open quote")).isInstanceOf(InvalidInputException.class);
        // the same words in quotes are searched for as written
        assertThat(NoteSearcher.words("\"</textarea><script>alert('gh')</script>\"")).isNotNull();
    }
}
