package org.gatehouse.engagement;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gatehouse.api.Created;
import org.gatehouse.api.EntityTags;
import org.gatehouse.api.Pages;
import org.gatehouse.integration.IdempotentRequests;
import org.gatehouse.platform.NotFoundException;

/**
 * A case's engagements over JSON, under /api/v1 and /api: a page of them, one with its ETag, one
 * logged (once per Idempotency-Key; a mentor's log awaits sign-off), and a mentor's log signed off
 * as of the ETag read. The same rules as the screens: the caller's agency, the case staff's roles.
 */
@Path("participants/{participant}/engagements")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private EngagementLog log;

    @Inject
    private IdempotentRequests idempotency;

    @GET
    public EngagementPage list(@PathParam("participant") long participant,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        List<Engagement> all = log.ofCase(participant);
        return new EngagementPage(all.size(), first, max, Pages.of(all, first, max, EngagementJson::of));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("participant") long participant, @PathParam("id") long id,
                        @Context Request request) {
        EngagementJson engagement = EngagementJson.of(ofCase(participant, id));
        return EntityTags.read(request, engagement, engagement.version());
    }

    /**
     * Logs an engagement: 201 with its address and ETag. With an {@value IdempotentRequests#HEADER}
     * header, the same request sent again gets the engagement the first one logged
     * ({@code Idempotent-Replayed: true}), never a second one.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("participant") long participant, EngagementJson body,
                           @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        EngagementDetails details = EntityTags.requireBody(body).details();
        Created created = Created.once(idempotency, key, "engagements",
                JSON.toJson(EngagementJson.asked(participant, details)), () -> log.record(participant, details).getId());
        EngagementJson engagement = EngagementJson.of(log.engagement(created.id()));
        return created.answer(uri, engagement, engagement.version());
    }

    /** Signs off a mentor's log as of the ETag read (If-Match required: 428 without, 412 when it changed). */
    @PUT
    @Path("{id}/sign-off")
    public Response signOff(@PathParam("participant") long participant, @PathParam("id") long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EngagementJson signed = EngagementJson.of(EntityTags.change(ifMatch, ofCase(participant, id).getVersion(),
                version -> log.signOff(id, version)));
        return EntityTags.changed(signed, signed.version());
    }

    /** The engagement, if it is of the case the address names (else not found). */
    private Engagement ofCase(long participant, long id) {
        Engagement engagement = log.engagement(id);
        if (engagement.getParticipant().getId() != participant) {
            throw new NotFoundException("engagement " + id);
        }
        return engagement;
    }
}
