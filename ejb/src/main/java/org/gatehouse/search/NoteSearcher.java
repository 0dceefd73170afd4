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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
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

    /** Notes looked at to build the pages of cases (counts are always over every match). */
    static final int TOP_NOTES = 1000;
    static final int NOTES_PER_CASE = 3;
    static final List<String> FACETS = List.of(NoteFields.PATHWAY, NoteFields.SENSITIVITY, NoteFields.AUTHOR,
            NoteFields.PROGRAM, NoteFields.PARTICIPANT);
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
        int wanted = Math.max(TOP_NOTES, casesNeeded * NOTES_PER_CASE);
        // one pass over the matches: facet counts over all of them, the best ones for the page
        Object[] collected = searcher.search(query, new MultiCollectorManager(new FacetCounts(FACETS),
                topNotes(request, wanted)));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) collected[0];
        TopDocs top = (TopDocs) collected[1];
        Map<String, Long> perCase = facets.remove(NoteFields.PARTICIPANT);
        long total = perCase.values().stream().mapToLong(Long::longValue).sum();
        Map<String, List<ScoreDoc>> byCase = byCase(searcher, top);
        // a few cases with many matching notes can fill the best notes: look further until the page is full
        while (byCase.size() < Math.min(casesNeeded, perCase.size()) && top.scoreDocs.length < total) {
            wanted = (int) Math.min(total, (long) wanted * 4);
            top = searcher.search(query, topNotes(request, wanted));
            byCase = byCase(searcher, top);
        }
        List<Map.Entry<String, List<ScoreDoc>>> pageOfCases = byCase.entrySet().stream()
                .skip((long) request.page() * request.casesPerPage()).limit(request.casesPerPage()).toList();
        List<ScoreDoc> shown = pageOfCases.stream().flatMap(e -> e.getValue().stream()).toList();
        Map<Integer, String> snippets = snippets(searcher, words, shown);
        StoredFields stored = searcher.storedFields();
        List<CaseHits> cases = new ArrayList<>();
        for (Map.Entry<String, List<ScoreDoc>> entry : pageOfCases) {
            List<NoteHit> notes = new ArrayList<>();
            String name = null;
            for (ScoreDoc hit : entry.getValue()) {
                Document doc = stored.document(hit.doc);
                name = doc.get(NoteFields.CASE_NAME);
                notes.add(new NoteHit(Long.parseLong(doc.get(NoteFields.NOTE)),
                        doc.getField(NoteFields.VERSION).numericValue().longValue(), snippets.get(hit.doc),
                        doc.get(NoteFields.PATHWAY), doc.get(NoteFields.SENSITIVITY), doc.get(NoteFields.AUTHOR),
                        Instant.ofEpochMilli(doc.getField(NoteFields.WRITTEN).numericValue().longValue())));
            }
            cases.add(new CaseHits(Long.parseLong(entry.getKey()), name, perCase.getOrDefault(entry.getKey(), 0L),
                    notes));
        }
        return new NoteResults(total, perCase.size(), cases, facets);
    }

    private static CollectorManager<?, ? extends TopDocs> topNotes(NoteQuery request, int wanted) {
        return request.newestFirst()
                ? new TopFieldCollectorManager(new Sort(new SortedNumericSortField(NoteFields.WRITTEN,
                        SortField.Type.LONG, true)), wanted, null, wanted)
                : new TopScoreDocCollectorManager(wanted, null, wanted);
    }

    /** The best notes grouped by case, cases in the order of their best note, at most {@value #NOTES_PER_CASE} each. */
    private static Map<String, List<ScoreDoc>> byCase(IndexSearcher searcher, TopDocs top) throws IOException {
        Map<Integer, String> caseOf = casesOf(searcher, top.scoreDocs);
        Map<String, List<ScoreDoc>> byCase = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            String participant = caseOf.get(hit.doc);
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
    private static Map<Integer, String> casesOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        Map<Integer, String> result = new HashMap<>(docs.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues participants = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                participants = DocValues.getSorted(leaf.reader(), NoteFields.PARTICIPANT);
            }
            if (participants.advanceExact(doc - leaf.docBase)) {
                result.put(doc, participants.lookupOrd(participants.ordValue()).utf8ToString());
            }
        }
        return result;
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
