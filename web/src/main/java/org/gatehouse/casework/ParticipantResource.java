package org.gatehouse.casework;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gatehouse.api.Created;
import org.gatehouse.api.EntityTags;
import org.gatehouse.api.Pages;
import org.gatehouse.api.PreconditionException;
import org.gatehouse.integration.IdempotentRequests;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.privacy.SubjectAccess;
import org.gatehouse.platform.StaleRecordException;

/**
 * The signed-in caller's agency's participants over JSON (HTTP Basic; the same rules as the screens),
 * under /api/v1 and /api: a page of the list, one with its ETag, a create made once per
 * Idempotency-Key, a change as of the ETag read (If-Match).
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private IdempotentRequests idempotency;

    @Inject
    private SubjectAccess subjectAccess;

    @GET
    public ParticipantPage list(@QueryParam("name") String name,
                                @QueryParam("region") String region, @QueryParam("program") String program,
                                @QueryParam("sort") @DefaultValue("family_name") String sort,
                                @QueryParam("desc") @DefaultValue("false") boolean descending,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        Pages.check(first, max);
        ParticipantSort order;
        try {
            order = ParticipantSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "must be one of " + Arrays.toString(ParticipantSort.values())
                    .toLowerCase(Locale.ROOT));
        }
        ParticipantFilter filter = new ParticipantFilter(name, null, null, null, region, program);
        return new ParticipantPage(registry.count(filter), first, max,
                registry.list(filter, order, !descending, first, max).stream().map(ParticipantJson::of).toList());
    }

    /** One participant, with its version as ETag (a client sends it back as If-Match to change it). */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        ParticipantJson participant = ParticipantJson.of(registry.participant(id));
        return EntityTags.read(request, participant, participant.version());
    }

    /**
     * Everything held about the participant's case (the agency's administrator, audited): the file
     * the data-retention page gives, for an integration answering subject-access requests.
     */
    @GET
    @Path("{id}/subject-access")
    public Response subjectAccess(@PathParam("id") long id) {
        return Response.ok(subjectAccess.export(id)).header("Content-Disposition",
                "attachment; filename=\"subject-access-" + id + ".json\"").build();
    }

    /**
     * Registers a participant: 201 with its address and ETag. With an {@value IdempotentRequests#HEADER}
     * header, the same request sent again (a retry after a timeout) gets the participant the first
     * one made ({@code Idempotent-Replayed: true}), never a second one.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ParticipantJson body, @HeaderParam(IdempotentRequests.HEADER) String key,
                           @Context UriInfo uri) {
        ParticipantJson given = EntityTags.requireBody(body);
        Created created = Created.once(idempotency, key, "participants", canonical(given),
                () -> registry.register(given.details()).getId());
        ParticipantJson participant = ParticipantJson.of(registry.participant(created.id()));
        return created.answer(uri, participant, participant.version());
    }

    /**
     * Changes a participant as of the version read: {@code If-Match} with its ETag (or, from earlier
     * clients, the version in the body). 428 without either, 412 when the participant changed since
     * (or the tag is weak or not one of ours: RFC 9110 compares If-Match strongly).
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ParticipantJson body) {
        ParticipantJson given = EntityTags.requireBody(body);
        long version;
        if (ifMatch != null) {
            version = versionOf(ifMatch);
        } else if (given.version() != null) {
            if (given.version() < 0) {
                throw new InvalidInputException("version", "must be the version read (0 or more)");
            }
            version = given.version();
        } else {
            throw PreconditionException.required();
        }
        try {
            ParticipantJson revised = ParticipantJson.of(registry.revise(id, version, given.details()));
            return EntityTags.changed(revised, revised.version());
        } catch (StaleRecordException e) {
            throw ifMatch != null ? PreconditionException.failed() : e;
        }
    }

    /**
     * Moves the participant's release dates (a prison system telling Gatehouse a release date changed):
     * as of the ETag in {@code If-Match} when one is sent (412 when the case changed since), else onto
     * whatever is current, which is safe here: only the two dates come from the client.
     */
    @PUT
    @Path("{id}/release-date")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moveRelease(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                ReleaseDateJson body) {
        ReleaseDateJson given = EntityTags.requireBody(body);
        ParticipantJson moved = ParticipantJson.of(EntityTags.changeIfMatching(ifMatch, ParticipantRegistry.ANY_VERSION,
                version -> registry.moveRelease(id, version, given.expectedReleaseDate(), given.actualReleaseDate())));
        return EntityTags.changed(moved, moved.version());
    }

    private static long versionOf(String ifMatch) {
        return EntityTags.versionOf(ifMatch).orElse(ParticipantRegistry.ANY_VERSION);
    }

    /**
     * A create request's content in one form (IdempotentRequests keeps only its keyed hash): the body
     * as the API read it, its vulnerabilities in their declared order (a set read from JSON has none
     * of its own, and another node or a restart would order it differently).
     */
    private static String canonical(ParticipantJson body) {
        ParticipantDetails details = body.details();
        return JSON.toJson(new ParticipantJson(null, null, null, details.externalRef(), details.justiceId(),
                details.givenName(), details.familyName(), details.dateOfBirth(), details.gender(),
                details.indigenousStatus(), details.region(), details.prison(), details.program(),
                details.referralDate(), details.expectedReleaseDate(), details.actualReleaseDate(),
                details.vulnerabilities().isEmpty() ? Set.of() : EnumSet.copyOf(details.vulnerabilities()),
                details.exitDate(), details.exitType()));
    }
}
