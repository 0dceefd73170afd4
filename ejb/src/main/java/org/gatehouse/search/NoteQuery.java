package org.gatehouse.search;

import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.Sensitivity;

/**
 * A case-note search: the words (Lucene syntax: phrases in quotes, {@code hous*}, {@code Smyth~},
 * AND / OR / NOT), the filters, the order, and the page of cases wanted.
 *
 * @param generalOnly notes filed under no pathway (with or without {@code pathways})
 */
public record NoteQuery(String text, Set<Pathway> pathways, boolean generalOnly, String author, LocalDate from,
                        LocalDate to, String program, Set<Sensitivity> sensitivities, boolean newestFirst, int page,
                        int casesPerPage) {

    public static final int MAX_CASES_PER_PAGE = 100;
    /** Pages go this far; a search matching more cases is narrowed, not paged through. */
    public static final int MAX_CASES_SHOWN = 10_000;

    public NoteQuery {
        pathways = pathways == null ? Set.of() : Set.copyOf(pathways);
        sensitivities = sensitivities == null ? Set.of() : Set.copyOf(sensitivities);
    }

    /** Just the words, best first, the first page of 20 cases. */
    public static NoteQuery of(String text) {
        return new NoteQuery(text, Set.of(), false, null, null, null, null, Set.of(), false, 0, 20);
    }
}
