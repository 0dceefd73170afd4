package org.gatehouse.casework;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
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

    private static final int MAX_PAGE = 200;
    private static final String RESOURCE = "participants/";
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
        if (first < 0) {
            throw new InvalidInputException("first", "must be 0 or more");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new InvalidInputException("max", "must be 1-" + MAX_PAGE);
        }
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
        EntityTag tag = tag(participant);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(participant)).tag(tag).build();
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
        ParticipantJson given = requireBody(body);
        long id;
        boolean replayed = false;
        if (key == null) {
            id = registry.register(given.details()).getId();
        } else {
            IdempotentRequests.Outcome outcome = idempotency.once(key, canonical(given),
                    () -> RESOURCE + registry.register(given.details()).getId());
            id = Long.parseLong(outcome.resource().substring(RESOURCE.length()));
            replayed = outcome.replayed();
        }
        ParticipantJson created = ParticipantJson.of(registry.participant(id));
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(created).tag(tag(created));
        return (replayed ? answer.header("Idempotent-Replayed", "true") : answer).build();
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
        ParticipantJson given = requireBody(body);
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
            return Response.ok(revised).tag(tag(revised)).build();
        } catch (StaleRecordException e) {
            throw ifMatch != null ? PreconditionException.failed() : e;
        }
    }

    private static EntityTag tag(ParticipantJson participant) {
        return new EntityTag(Long.toString(participant.version()));
    }

    /**
     * The version an If-Match names: {@code "3"}, or {@code *} for whatever is current. A weak tag
     * ({@code W/"3"}) or anything else matches no version: 412.
     */
    private static long versionOf(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return ParticipantRegistry.ANY_VERSION;
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                long version = Long.parseLong(tag.substring(1, tag.length() - 1));
                if (version >= 0) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // not one of ours: matches nothing
            }
        }
        throw PreconditionException.failed();
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

    private static ParticipantJson requireBody(ParticipantJson body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        return body;
    }
}
