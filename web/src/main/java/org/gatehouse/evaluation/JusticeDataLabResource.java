package org.gatehouse.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.api.Attachments;

/**
 * {@code GET /api/evaluation/justice-data-lab.csv?releasedFrom=&releasedTo=&program=}: the agency's
 * cohort file for the Justice Data Lab (its admin only; audited).
 */
@Path("evaluation")
public class JusticeDataLabResource {

    @Inject
    private JusticeDataLabCohort cohort;

    @GET
    @Path("justice-data-lab.csv")
    @Produces("text/csv")
    public Response cohort(@QueryParam("releasedFrom") String releasedFrom, @QueryParam("releasedTo") String releasedTo,
                           @QueryParam("program") String program) {
        return Attachments.of("justice-data-lab-cohort.csv", "text/csv; charset=UTF-8",
                cohort.csv(releasedFrom, releasedTo, program));
    }
}
