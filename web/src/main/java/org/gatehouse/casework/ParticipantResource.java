package org.gatehouse.casework;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import org.gatehouse.platform.InvalidInputException;

/**
 * The signed-in caller's agency's participants over JSON (HTTP Basic; the same rules as the screens).
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private static final int MAX_PAGE = 200;

    @Inject
    private ParticipantRegistry registry;

    @GET
    public ParticipantPage list(@QueryParam("name") String name,
                                @QueryParam("region") String region, @QueryParam("program") String program,
                                @QueryParam("sort") @DefaultValue("family_name") String sort,
                                @QueryParam("desc") @DefaultValue("false") boolean descending,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidInputException("max", "first must be 0 or more and max 1-" + MAX_PAGE);
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

    @GET
    @Path("{id}")
    public ParticipantJson get(@PathParam("id") long id) {
        return ParticipantJson.of(registry.participant(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ParticipantJson body, @Context UriInfo uri) {
        ParticipantJson created = ParticipantJson.of(registry.register(requireBody(body).details()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantJson revise(@PathParam("id") long id, ParticipantJson body) {
        ParticipantJson given = requireBody(body);
        if (given.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you read, so that a newer "
                    + "change is not overwritten");
        }
        return ParticipantJson.of(registry.revise(id, given.version(), given.details()));
    }

    private static ParticipantJson requireBody(ParticipantJson body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        return body;
    }
}
