package org.gatehouse.jobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gatehouse.jobs.JobMonitor.JobRun;
import org.gatehouse.jobs.JobMonitor.StepRun;
import org.gatehouse.warehouse.WarehouseLoadJobs;

/**
 * {@code /api/jobs}: the job monitor for system administrators and operations scripts: {@code GET}
 * the recent runs of every job, {@code GET {run}/steps} a run's steps, {@code POST {run}/stop} and
 * {@code POST {run}/restart}, {@code POST warehouse-load} (optional {@code casesPerPage},
 * {@code engagementsPerPage}) to start a load (202 with the run's id).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    private JobMonitor monitor;

    @Inject
    private WarehouseLoadJobs warehouseLoads;

    @GET
    public List<JobRun> runs() {
        return monitor.recentRuns();
    }

    @GET
    @Path("{run}/steps")
    public List<StepRun> steps(@PathParam("run") long run) {
        return monitor.steps(run);
    }

    @POST
    @Path("{run}/stop")
    public Response stop(@PathParam("run") long run) {
        monitor.stop(run);
        return Response.accepted(new Started(run)).build();
    }

    @POST
    @Path("{run}/restart")
    public Response restart(@PathParam("run") long run) {
        return Response.accepted(new Started(monitor.restart(run))).build();
    }

    @POST
    @Path("warehouse-load")
    public Response loadWarehouse(@QueryParam("casesPerPage") String casesPerPage,
                                  @QueryParam("engagementsPerPage") String engagementsPerPage) {
        return Response.accepted(new Started(warehouseLoads.start(casesPerPage, engagementsPerPage))).build();
    }

    /** The run a request started (or stops). */
    public record Started(long run) {
    }
}
