package org.gatehouse.search;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.notes.SearchableNote;

/**
 * Writes the notes read into the new generation and commits it at each checkpoint, so that what
 * the job's checkpoint says is done is on disk.
 */
@Named
public class SearchableNoteWriter extends AbstractItemWriter {

    @Inject
    private NoteIndex index;

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        index.addRebuilt(generation(), items.stream().map(SearchableNote.class::cast).toList());
    }

    @Override
    public Serializable checkpointInfo() {
        index.commitRebuild(generation());
        return null;
    }

    private String generation() {
        return (String) job.getTransientUserData();
    }
}
