package org.gatehouse.search;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.SearchableNote;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Reads every agency's current notes for the rebuild, agency by agency (each as its own system
 * caller, as row-level security requires) and in id order within one, a page at a time. A first run
 * begins a new generation; a restart continues the one named in its checkpoint.
 */
@Named
public class SearchableNoteReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    private NoteIndex index;

    @Inject
    private CaseNotes notes;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private JobContext job;

    private List<Agency> order;
    private RebuildPosition position;
    private final Deque<SearchableNote> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        order = agencies.agencies().stream().sorted(Comparator.comparing(Agency::getId)).toList();
        if (checkpoint == null) {
            position = new RebuildPosition(index.beginRebuild(), 0, 0);
        } else {
            position = (RebuildPosition) checkpoint;
            index.resumeRebuild(position.generation());
        }
        job.setTransientUserData(position.generation());
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && position.agency() < order.size()) {
            Agency agency = order.get(position.agency());
            page.addAll(Callers.runAs(Caller.systemFor(agency.getId(), agency.getCode()),
                    () -> notes.searchableAfter(position.afterNoteVersion(), PAGE)));
            if (page.isEmpty()) {
                position = position.nextAgency();
            }
        }
        SearchableNote next = page.poll();
        if (next != null) {
            position = position.after(next.versionId());
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
