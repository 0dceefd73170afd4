package org.gatehouse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.search.NoteResults.CaseHits;
import org.gatehouse.search.NoteResults.NoteHit;

/**
 * The search itself, over one index searcher: the words, the caller's {@link NoteAccess} and the
 * filters as one query; facet counts over every match; the page of cases with their best notes and
 * escaped, highlighted snippets. Pure Lucene, so that benchmarks measure exactly what users run.
 */
final class NoteSearcher {

    /** The best notes shown per case (counts are always over every match). */
    static final int NOTES_PER_CASE = 3;
    /** The best notes read per case wanted, at first: enough when matches spread over cases, more are read when not. */
    static final int NOTES_READ_PER_CASE = 4 * NOTES_PER_CASE;
    static final List<String> FACETS = List.of(NoteFields.PATHWAY, NoteFields.SENSITIVITY, NoteFields.AUTHOR,
            NoteFields.PROGRAM);
    private static final String[] SEARCHED = {NoteFields.BODY, NoteFields.NAMES, NoteFields.REFERENCES};

    private NoteSearcher() {
    }

    static NoteResults search(IndexSearcher searcher, NoteQuery request, NoteAccess access, ZoneId zone) {
        Query words = words(request.text());
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST)
                .add(access.filter(), Occur.FILTER);
        filters(request, zone).forEach(f -> query.add(f, Occur.FILTER));
        try {
            return run(searcher, query.build(), words, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidInputException("q", "is too broad: use a longer prefix or fewer wildcards");
        }
    }

    static Query words(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, NoteAnalysis.forQueries());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text.strip());
        } catch (ParseException e) {
            throw new InvalidInputException("q", "cannot be read: check the quotes, brackets and operators");
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            // text between slashes is read as a regular expression (</textarea> was one: seed 6738930033557)
            throw new InvalidInputException("q", "cannot be read: text between slashes is a regular expression; "
                    + "put the words in quotes to find them as written");
        }
    }

    private static List<Query> filters(NoteQuery request, ZoneId zone) {
        List<Query> filters = new ArrayList<>();
        if (!request.pathways().isEmpty() || request.generalOnly()) {
            List<BytesRef> values = new ArrayList<>(request.pathways().stream().map(Pathway::name)
                    .map(BytesRef::new).toList());
            if (request.generalOnly()) {
                values.add(new BytesRef(NoteFields.GENERAL));
            }
            filters.add(new TermInSetQuery(NoteFields.PATHWAY, values));
        }
        if (!request.sensitivities().isEmpty()) {
            filters.add(new TermInSetQuery(NoteFields.SENSITIVITY, request.sensitivities().stream()
                    .map(s -> new BytesRef(s.name())).toList()));
        }
        if (request.author() != null && !request.author().isBlank()) {
            filters.add(new TermQuery(new Term(NoteFields.AUTHOR, request.author().strip())));
        }
        if (request.program() != null && !request.program().isBlank()) {
            filters.add(new TermQuery(new Term(NoteFields.PROGRAM, request.program().strip())));
        }
        if (request.from() != null || request.to() != null) {
            if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
                throw new InvalidInputException("to", "is before the first day");
            }
            long from = request.from() == null ? Long.MIN_VALUE : startOf(request.from(), zone);
            long to = request.to() == null ? Long.MAX_VALUE : startOf(request.to().plusDays(1), zone) - 1;
            filters.add(LongField.newRangeQuery(NoteFields.WRITTEN, from, to));
        }
        return filters;
    }

    /** Days are the agency's days (the application clock's zone), as on every screen. */
    private static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static NoteResults run(IndexSearcher searcher, Query query, Query words, NoteQuery request)
            throws IOException {
        int casesNeeded = (request.page() + 1) * request.casesPerPage();
        int wanted = casesNeeded * NOTES_READ_PER_CASE;
        // one pass over the matches: facet counts over all of them, the best ones for the page
        Object[] collected = searcher.search(query, new MultiCollectorManager(new FacetCounts(FACETS),
                topNotes(request, wanted)));
        FacetCounts.Counts counts = (FacetCounts.Counts) collected[0];
        TopDocs top = (TopDocs) collected[1];
        Map<Long, Long> perCase = counts.perCase();
        long total = perCase.values().stream().mapToLong(Long::longValue).sum();
        Map<Long, List<ScoreDoc>> byCase = byCase(searcher, top);
        // a few cases with many matching notes can fill the best notes: look further until the page is full
        while (byCase.size() < Math.min(casesNeeded, perCase.size()) && top.scoreDocs.length < total) {
            wanted = (int) Math.min(total, (long) wanted * 4);
            top = searcher.search(query, topNotes(request, wanted));
            byCase = byCase(searcher, top);
        }
        List<Map.Entry<Long, List<ScoreDoc>>> pageOfCases = byCase.entrySet().stream()
                .skip((long) request.page() * request.casesPerPage()).limit(request.casesPerPage()).toList();
        List<ScoreDoc> shown = pageOfCases.stream().flatMap(e -> e.getValue().stream()).toList();
        Map<Integer, String> snippets = snippets(searcher, words, shown);
        Map<Integer, Shown> details = shownOf(searcher, shown);
        List<CaseHits> cases = new ArrayList<>();
        for (Map.Entry<Long, List<ScoreDoc>> entry : pageOfCases) {
            List<NoteHit> notes = new ArrayList<>();
            String name = null;
            for (ScoreDoc hit : entry.getValue()) {
                Shown note = details.get(hit.doc);
                name = note.caseName();
                notes.add(new NoteHit(note.noteId(), note.versionId(), snippets.get(hit.doc), note.pathway(),
                        note.sensitivity(), note.author(), note.writtenAt()));
            }
            cases.add(new CaseHits(entry.getKey(), name, perCase.getOrDefault(entry.getKey(), 0L), notes));
        }
        return new NoteResults(total, perCase.size(), cases, counts.facets());
    }

    private static CollectorManager<?, ? extends TopDocs> topNotes(NoteQuery request, int wanted) {
        return request.newestFirst()
                ? new TopFieldCollectorManager(new Sort(new SortedNumericSortField(NoteFields.WRITTEN,
                        SortField.Type.LONG, true)), wanted, null, wanted)
                : new TopScoreDocCollectorManager(wanted, null, wanted);
    }

    /** The best notes grouped by case, cases in the order of their best note, at most {@value #NOTES_PER_CASE} each. */
    private static Map<Long, List<ScoreDoc>> byCase(IndexSearcher searcher, TopDocs top) throws IOException {
        Map<Integer, Long> caseOf = casesOf(searcher, top.scoreDocs);
        Map<Long, List<ScoreDoc>> byCase = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Long participant = caseOf.get(hit.doc);
            if (participant != null) {
                List<ScoreDoc> notes = byCase.computeIfAbsent(participant, k -> new ArrayList<>());
                if (notes.size() < NOTES_PER_CASE) {
                    notes.add(hit);
                }
            }
        }
        return byCase;
    }

    /** The case of each hit, read in document order with one doc-values iterator per segment. */
    private static Map<Integer, Long> casesOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        Arrays.sort(docs);
        Map<Integer, Long> result = new HashMap<>(docs.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        NumericDocValues cases = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                cases = DocValues.getNumeric(leaf.reader(), NoteFields.CASE);
            }
            if (cases.advanceExact(doc - leaf.docBase)) {
                result.put(doc, cases.longValue());
            }
        }
        return result;
    }

    /** What a hit shows besides its snippet. */
    private record Shown(long noteId, long versionId, String caseName, String pathway, String sensitivity,
                         String author, Instant writtenAt) {
    }

    /** What each shown note needs, read from doc values in document order, one set of iterators per segment. */
    private static Map<Integer, Shown> shownOf(IndexSearcher searcher, List<ScoreDoc> shown) throws IOException {
        int[] docs = shown.stream().mapToInt(h -> h.doc).sorted().toArray();
        Map<Integer, Shown> result = new HashMap<>(docs.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        LeafReader reader = null;
        NumericDocValues notes = null;
        NumericDocValues versions = null;
        SortedNumericDocValues written = null;
        SortedDocValues names = null;
        SortedDocValues pathways = null;
        SortedDocValues sensitivities = null;
        SortedDocValues authors = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                reader = leaf.reader();
                notes = DocValues.getNumeric(reader, NoteFields.NOTE_NUMBER);
                versions = DocValues.getNumeric(reader, NoteFields.VERSION_NUMBER);
                written = DocValues.getSortedNumeric(reader, NoteFields.WRITTEN);
                names = DocValues.getSorted(reader, NoteFields.CASE_LABEL);
                pathways = DocValues.getSorted(reader, NoteFields.PATHWAY);
                sensitivities = DocValues.getSorted(reader, NoteFields.SENSITIVITY);
                authors = DocValues.getSorted(reader, NoteFields.AUTHOR);
            }
            int local = doc - leaf.docBase;
            result.put(doc, new Shown(notes.advanceExact(local) ? notes.longValue() : 0,
                    versions.advanceExact(local) ? versions.longValue() : 0, text(names, local),
                    text(pathways, local), text(sensitivities, local), text(authors, local),
                    Instant.ofEpochMilli(written.advanceExact(local) ? written.nextValue() : 0)));
        }
        return result;
    }

    private static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    /** The best passage of each shown note, escaped, the matches marked; the note's start if nothing in it matched. */
    private static Map<Integer, String> snippets(IndexSearcher searcher, Query words, Collection<ScoreDoc> shown)
            throws IOException {
        Map<Integer, String> result = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return result;
        }
        ScoreDoc[] docs = shown.stream().sorted((a, b) -> Integer.compare(a.doc, b.doc)).toArray(ScoreDoc[]::new);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, NoteAnalysis.forIndexing())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] passages = highlighter.highlight(NoteFields.BODY, words,
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
        for (int i = 0; i < docs.length; i++) {
            result.put(docs[i].doc, passages[i]);
        }
        return result;
    }

    static Query ids(String field, Collection<Long> ids) {
        return new TermInSetQuery(field, ids.stream().map(id -> new BytesRef(Long.toString(id))).toList());
    }
}
