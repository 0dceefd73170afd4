package org.gatehouse.search;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A rebuild that stops or fails keeps its generation (live changes still reach it), so that
 * restarting the job continues from its last checkpoint.
 */
@Named
public class NoteIndexRebuildListener extends AbstractJobListener {

    @Inject
    private NoteIndex index;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        String generation = index.state().rebuildGeneration();
        if (job.getBatchStatus() != BatchStatus.COMPLETED && generation != null) {
            index.suspendRebuild(generation);
        }
    }
}
