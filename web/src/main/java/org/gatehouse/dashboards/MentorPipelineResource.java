package org.gatehouse.dashboards;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/dashboards/mentors}: {@code GET pipeline} (mentors recruited in {@code monthFrom} to
 * {@code monthTo}, by {@code breakdown} AGENCY or REGION) and {@code GET activity} (attended
 * engagements per open case, month by month, by AGENCY, PROGRAM or REGION), in the caller's view.
 */
@Path("dashboards/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorPipelineResource {

    @Inject
    private MentorPipelineDashboard dashboard;

    @GET
    @Path("pipeline")
    public List<MentorPipelineDashboard.Pipeline> pipeline(@QueryParam("monthFrom") String monthFrom,
                                                           @QueryParam("monthTo") String monthTo,
                                                           @QueryParam("agency") String agency,
                                                           @QueryParam("region") String region,
                                                           @QueryParam("breakdown") String breakdown) {
        return dashboard.pipeline(new ServiceLevelFilter(monthFrom, monthTo, agency, null, region), breakdown);
    }

    @GET
    @Path("activity")
    public List<MentorPipelineDashboard.Activity> activity(@QueryParam("monthFrom") String monthFrom,
                                                           @QueryParam("monthTo") String monthTo,
                                                           @QueryParam("agency") String agency,
                                                           @QueryParam("program") String program,
                                                           @QueryParam("region") String region,
                                                           @QueryParam("breakdown") String breakdown) {
        return dashboard.activity(new ServiceLevelFilter(monthFrom, monthTo, agency, program, region), breakdown);
    }
}
