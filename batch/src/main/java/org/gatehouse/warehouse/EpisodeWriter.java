package org.gatehouse.warehouse;

import jakarta.inject.Named;
import java.util.List;

/** Stages a chunk's pages of episodes for the load, in the chunk's transaction. */
@Named
public class EpisodeWriter extends PageWriter<EpisodePage> {

    public EpisodeWriter() {
        super(EpisodePage.class);
    }

    @Override
    protected void stage(WarehouseLoads loads, long loadId, List<EpisodePage> pages) {
        loads.stageEpisodes(loadId, pages.stream().flatMap(p -> p.episodes().stream()).toList());
    }
}
