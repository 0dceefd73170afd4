package org.gatehouse.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every note a query matches, the notes per value of some keyword fields (sorted doc
 * values, counted by ordinal per segment, named once per segment) and the notes per case (the
 * numeric case id: no ordinal to name, so thousands of cases cost little).
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counts> {

    /** The counts per facet field and value, and per case id. */
    record Counts(Map<String, Map<String, Long>> facets, Map<Long, Long> perCase) {
    }

    private final List<String> fields;

    FacetCounts(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> total = new LinkedHashMap<>();
        for (String field : fields) {
            total.put(field, new HashMap<>());
        }
        Map<Long, Long> perCase = new HashMap<>();
        for (Counter counter : counters) {
            counter.flush();
            counter.counts.forEach((field, counts) -> counts.forEach((value, n) ->
                    total.get(field).merge(value, n, Long::sum)));
            for (int i = 0; i < counter.runCount; i++) {
                perCase.merge(counter.runCases[i], (long) counter.runLengths[i], Long::sum);
            }
        }
        return new Counts(total, perCase);
    }

    static final class Counter implements Collector {

        private final List<String> fields;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private SortedDocValues[] values;
        private int[][] ordinals;
        /** The ordinals counted in this segment, per field, so that naming them skips the others. */
        private int[][] touched;
        private int[] touchedCount;
        private NumericDocValues cases;
        /** Runs of matches of one case: a case's notes tend to sit together, so there are far fewer runs than matches. */
        private long[] runCases = new long[256];
        private int[] runLengths = new int[256];
        private int runCount;

        Counter(List<String> fields) {
            this.fields = fields;
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedDocValues[fields.size()];
            ordinals = new int[fields.size()][];
            touched = new int[fields.size()][];
            touchedCount = new int[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSorted(context.reader(), fields.get(i));
                ordinals[i] = new int[values[i].getValueCount()];
                touched[i] = new int[16];
            }
            cases = DocValues.getNumeric(context.reader(), NoteFields.CASE);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no score
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            int ord = values[i].ordValue();
                            if (ordinals[i][ord]++ == 0) {
                                if (touchedCount[i] == touched[i].length) {
                                    touched[i] = Arrays.copyOf(touched[i], touched[i].length * 2);
                                }
                                touched[i][touchedCount[i]++] = ord;
                            }
                        }
                    }
                    if (cases.advanceExact(doc)) {
                        long caseId = cases.longValue();
                        if (runCount > 0 && runCases[runCount - 1] == caseId) {
                            runLengths[runCount - 1]++;
                        } else {
                            if (runCount == runCases.length) {
                                runCases = Arrays.copyOf(runCases, runCount * 2);
                                runLengths = Arrays.copyOf(runLengths, runCount * 2);
                            }
                            runCases[runCount] = caseId;
                            runLengths[runCount++] = 1;
                        }
                    }
                }
            };
        }

        /** Names the finished segment's counted ordinals. */
        void flush() throws IOException {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                Map<String, Long> field = counts.get(fields.get(i));
                for (int t = 0; t < touchedCount[i]; t++) {
                    int ord = touched[i][t];
                    field.merge(values[i].lookupOrd(ord).utf8ToString(), (long) ordinals[i][ord], Long::sum);
                }
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
