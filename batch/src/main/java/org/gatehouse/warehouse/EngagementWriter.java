package org.gatehouse.warehouse;

import jakarta.inject.Named;
import java.util.List;

/** Stages a chunk's pages of engagements for the load, in the chunk's transaction. */
@Named
public class EngagementWriter extends PageWriter<EngagementPage> {

    public EngagementWriter() {
        super(EngagementPage.class);
    }

    @Override
    protected void stage(WarehouseLoads loads, long loadId, List<EngagementPage> pages) {
        loads.stageEngagements(loadId, pages.stream().flatMap(p -> p.engagements().stream()).toList());
    }
}
