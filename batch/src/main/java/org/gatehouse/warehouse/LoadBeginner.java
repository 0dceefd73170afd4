package org.gatehouse.warehouse;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Begins the load (full or incremental, as of today) and stages the agencies, regions and programs. */
@Named
public class LoadBeginner extends AbstractBatchlet {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        return WarehouseJob.asPlatform(() -> {
            LoadRun load = loads.begin(job.getInstanceId());
            loads.stageReference(load.id());
            return load.kind();
        });
    }
}
