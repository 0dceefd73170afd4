package org.gatehouse.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.gatehouse.api.Attachments;

/**
 * {@code /api/exports}: the caller's background exports. {@code POST} with {@code {"kind":
 * "PARTICIPANT_LIST", "format": "XLSX", "parameters": {...}}} asks for one (202, its address in
 * {@code Location}); {@code GET} lists the caller's; {@code GET {id}} is one of them;
 * {@code GET {id}/file} its file once ready (422 until then). Nobody else's is ever found.
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Inject
    private ExportFiles files;

    @Inject
    private ExportLedger ledger;

    /** What a request sends. */
    public record Requested(String kind, String format, Map<String, String> parameters) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(Requested requested, @Context UriInfo uri) {
        Requested asked = requested == null ? new Requested(null, null, null) : requested;
        long id = files.request(asked.kind(), asked.format(), asked.parameters() == null ? Map.of()
                : asked.parameters());
        return Response.accepted(ledger.summary(id)).location(uri.getAbsolutePathBuilder().path(Long.toString(id))
                .build()).build();
    }

    @GET
    public List<ExportSummary> mine() {
        return ledger.mine();
    }

    @GET
    @Path("{id:\\d+}")
    public ExportSummary one(@PathParam("id") long id) {
        return ledger.summary(id);
    }

    @GET
    @Path("{id:\\d+}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        ExportLedger.Download file = ledger.download(id);
        return Attachments.of(file.fileName(), file.contentType(), file.content());
    }
}
