package org.gatehouse.notes;

import java.util.List;

/** What the search index must take again of an agency's notes: those to put (again), those to drop. */
public record NoteChanges(List<SearchableNote> current, List<Long> withdrawn) {

    public boolean isEmpty() {
        return current.isEmpty() && withdrawn.isEmpty();
    }
}
