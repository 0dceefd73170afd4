package org.gatehouse.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The notes a caller may open, as the search's filter: their agency; for a mentor, only their
 * current mentees' cases ({@code onlyCases}, null for case editors); never the restricted cases they
 * may not reach; only the sensitivities they may read, or notes they wrote.
 */
record NoteAccess(long agencyId, Set<Long> onlyCases, Set<Long> restrictedCases, List<String> readableSensitivities,
                  String username) {

    Query filter() {
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(NoteFields.AGENCY, Long.toString(agencyId))), Occur.FILTER);
        if (onlyCases != null) {
            filter.add(onlyCases.isEmpty() ? new MatchNoDocsQuery("no mentee")
                    : NoteSearcher.ids(NoteFields.PARTICIPANT, onlyCases), Occur.FILTER);
        }
        if (!restrictedCases.isEmpty()) {
            filter.add(NoteSearcher.ids(NoteFields.PARTICIPANT, restrictedCases), Occur.MUST_NOT);
        }
        filter.add(new BooleanQuery.Builder()
                .add(new TermInSetQuery(NoteFields.SENSITIVITY, readableSensitivities.stream().map(BytesRef::new)
                        .toList()), Occur.SHOULD)
                .add(new TermQuery(new Term(NoteFields.AUTHOR, username)), Occur.SHOULD)
                .build(), Occur.FILTER);
        return filter.build();
    }
}
