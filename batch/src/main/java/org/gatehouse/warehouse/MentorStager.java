package org.gatehouse.warehouse;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;

/** Stages every agency's mentors as of the load's day, each read as that agency's system. */
@Named
public class MentorStager extends AbstractBatchlet {

    @Inject
    private WarehouseLoads loads;

    @Inject
    private MentorExtract extract;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        LoadRun load = WarehouseJob.asPlatform(() -> loads.loadOf(job.getInstanceId()));
        int mentors = 0;
        for (Agency agency : agencies.agencies()) {
            var rows = WarehouseJob.asAgency(agency, () -> extract.mentors(load.asOf()));
            WarehouseJob.asPlatform(() -> {
                loads.stageMentors(load.id(), agency.getId(), rows);
                return null;
            });
            mentors += rows.size();
        }
        return "COMPLETED (" + mentors + " mentors)";
    }
}
