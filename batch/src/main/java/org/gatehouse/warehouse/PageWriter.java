package org.gatehouse.warehouse;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;

/** Stages a chunk's pages for the job instance's load, in the chunk's transaction, as the platform. */
abstract class PageWriter<P> extends AbstractItemWriter {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    private final Class<P> pageType;

    PageWriter(Class<P> pageType) {
        this.pageType = pageType;
    }

    protected abstract void stage(WarehouseLoads loads, long loadId, List<P> pages);

    @Override
    public void writeItems(List<Object> items) {
        List<P> pages = items.stream().map(pageType::cast).toList();
        WarehouseJob.asPlatform(() -> {
            stage(loads, loads.loadOf(job.getInstanceId()).id(), pages);
            return null;
        });
    }
}
