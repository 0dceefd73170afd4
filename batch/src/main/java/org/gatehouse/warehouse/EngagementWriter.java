package org.gatehouse.warehouse;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stages a chunk's pages of engagements for the load, in the chunk's transaction. */
@Named
public class EngagementWriter extends AbstractItemWriter {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<EngagementRow> engagements = items.stream().map(EngagementPage.class::cast)
                .flatMap(p -> p.engagements().stream()).toList();
        WarehouseJob.asPlatform(() -> {
            loads.stageEngagements(loads.loadOf(job.getInstanceId()).id(), engagements);
            return null;
        });
    }
}
