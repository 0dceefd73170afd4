package org.gatehouse.participantimport;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gatehouse.api.Attachments;

/**
 * {@code /api/participant-imports}: an agency's participant files (FORMATS.md §1) sent by its own
 * systems rather than uploaded on the screen. {@code POST} with the CSV as the body ({@code text/csv},
 * optional {@code fileName}) starts the import (202, its address in {@code Location}); {@code GET}
 * lists the agency's recent runs; {@code GET {run}} is one run's summary, {@code GET
 * {run}/rejects.csv} its rejected lines. Another agency's runs are never found.
 */
@Path("participant-imports")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantImportResource {

    @Inject
    private ParticipantImports imports;

    @POST
    @Consumes("text/csv")
    public Response start(byte[] content, @QueryParam("fileName") String fileName, @Context UriInfo uri) {
        long run = imports.start(fileName, content);
        return Response.accepted(imports.summary(run))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(run)).build()).build();
    }

    @GET
    public List<ImportSummary> recent() {
        return imports.recent();
    }

    @GET
    @Path("{run:\\d+}")
    public ImportSummary one(@PathParam("run") long run) {
        return imports.summary(run);
    }

    @GET
    @Path("{run:\\d+}/rejects.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response rejects(@PathParam("run") long run) {
        return Attachments.of("rejects-" + run + ".csv", "text/csv; charset=UTF-8", imports.rejectsCsv(run));
    }
}
