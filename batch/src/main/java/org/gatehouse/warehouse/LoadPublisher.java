package org.gatehouse.warehouse;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Publishes the staged load in one transaction: readers see the whole night or the one before. */
@Named
public class LoadPublisher extends AbstractBatchlet {

    @Inject
    private WarehouseLoads loads;

    @Override
    public String process() {
        return WarehouseJob.asPlatform(() -> {
            LoadRun load = loads.staging().orElseThrow(() -> new IllegalStateException("no load is being staged"));
            return loads.publish(load.id()).status();
        });
    }
}
