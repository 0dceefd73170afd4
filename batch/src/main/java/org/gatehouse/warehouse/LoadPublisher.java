package org.gatehouse.warehouse;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Publishes the staged load in one transaction: readers see the whole night or the one before. */
@Named
public class LoadPublisher extends AbstractBatchlet {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        return WarehouseJob.asPlatform(() -> {
            return loads.publish(loads.loadOf(job.getInstanceId()).id()).status();
        });
    }
}
