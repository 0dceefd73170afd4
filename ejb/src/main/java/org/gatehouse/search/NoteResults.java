package org.gatehouse.search;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a case-note search: the matching notes grouped by case (each case with its best
 * notes and highlighted snippets), how many notes and cases match in all, and the counts per
 * filter value. Every figure counts only notes the searcher may open. Serializable: the search page
 * keeps it in its view.
 */
public record NoteResults(long notes, int cases, List<CaseHits> page, Map<String, Map<String, Long>> facets)
        implements Serializable {

    /** A case and its matching notes, best (or newest) first. */
    public record CaseHits(long participantId, String name, long matchingNotes, List<NoteHit> notes)
            implements Serializable {
    }

    /** A matching note: which version to open, and its snippet (HTML: escaped text, matches in mark). */
    public record NoteHit(long noteId, long versionId, String snippet, String pathway, String sensitivity,
                          String author, Instant writtenAt) implements Serializable {
    }
}
