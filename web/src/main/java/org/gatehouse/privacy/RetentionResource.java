package org.gatehouse.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's agency's retention rule over JSON (its administrator): read it, change its months. */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /** The body of a change. */
    public record Rule(Integer months) {
    }

    @Inject
    private Retention retention;

    @GET
    public RetentionSummary get() {
        return retention.summary();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionSummary change(Rule rule) {
        if (rule == null || rule.months() == null) {
            throw new BadRequestException("a JSON body with months is required");
        }
        retention.keepClosedCasesFor(rule.months());
        return retention.summary();
    }
}
