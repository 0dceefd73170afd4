package org.gatehouse.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gatehouse.search.NoteIndexHealth.IndexHealth;
import org.gatehouse.search.NoteIndexRebuilds.RebuildRun;

/**
 * {@code /api/search/index}: the node's search index for system administrators and monitoring:
 * {@code GET} compares it with the database (and says whether a rebuild is needed, with the last
 * rebuild); {@code POST rebuild} (optional {@code notesPerChunk}), {@code stop}, {@code restart} control the rebuild job (202).
 */
@Path("search/index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

    @Inject
    private NoteIndexHealth health;

    @Inject
    private NoteIndexRebuilds rebuilds;

    @GET
    public IndexStatus status() {
        IndexHealth checked = health.check();
        return new IndexStatus(checked, rebuilds.latest().orElse(null));
    }

    @POST
    @Path("rebuild")
    public Response rebuild(@QueryParam("notesPerChunk") String notesPerChunk) {
        return Response.accepted(rebuilds.start(notesPerChunk)).build();
    }

    @POST
    @Path("stop")
    public Response stop() {
        return Response.accepted(rebuilds.stop()).build();
    }

    @POST
    @Path("restart")
    public Response restart() {
        return Response.accepted(rebuilds.restart()).build();
    }

    /** The health check and the last rebuild (null when none ran since the server started). */
    public record IndexStatus(IndexHealth health, RebuildRun lastRebuild) {
    }
}
