package org.gatehouse.warehouse;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stages a chunk's pages of episodes for the load, in the chunk's transaction. */
@Named
public class EpisodeWriter extends AbstractItemWriter {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<EpisodeRow> episodes = items.stream().map(EpisodePage.class::cast)
                .flatMap(p -> p.episodes().stream()).toList();
        WarehouseJob.asPlatform(() -> {
            loads.stageEpisodes(loads.loadOf(job.getInstanceId()).id(), episodes);
            return null;
        });
    }
}
