package org.gatehouse.appointments;

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
import java.util.function.LongFunction;
import org.gatehouse.api.Created;
import org.gatehouse.api.EntityTags;
import org.gatehouse.api.Pages;
import org.gatehouse.integration.IdempotentRequests;
import org.gatehouse.platform.NotFoundException;

/**
 * A case's appointments over JSON, under /api/v1 and /api: a page of them, one with its ETag, one
 * booked (once per Idempotency-Key), moved, or given its outcome, as of the ETag read. The same
 * rules as the screens: the caller's agency, the case staff's roles.
 */
@Path("participants/{participant}/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private Appointments appointments;

    @Inject
    private IdempotentRequests idempotency;

    @GET
    public AppointmentPage list(@PathParam("participant") long participant,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        List<Appointment> all = appointments.ofCase(participant);
        return new AppointmentPage(all.size(), first, max, Pages.of(all, first, max, AppointmentJson::of));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("participant") long participant, @PathParam("id") long id,
                        @Context Request request) {
        AppointmentJson appointment = AppointmentJson.of(ofCase(participant, id));
        return EntityTags.read(request, appointment, appointment.version());
    }

    /**
     * Books an appointment: 201 with its address and ETag. With an {@value IdempotentRequests#HEADER}
     * header, the same request sent again gets the appointment the first one booked
     * ({@code Idempotent-Replayed: true}), never a second one.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("participant") long participant, AppointmentJson body,
                         @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        AppointmentDetails details = EntityTags.requireBody(body).details();
        Created created = Created.once(idempotency, key, "appointments",
                JSON.toJson(AppointmentJson.asked(participant, details)),
                () -> appointments.book(participant, details).getId());
        AppointmentJson booked = AppointmentJson.of(appointments.appointment(created.id()));
        return created.answer(uri, booked, booked.version());
    }

    /** Moves or corrects the appointment as of the ETag read (If-Match required: 428 without, 412 when it changed). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("participant") long participant, @PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AppointmentJson body) {
        AppointmentDetails details = EntityTags.requireBody(body).details();
        return asOf(participant, id, ifMatch, version -> appointments.change(id, version, details));
    }

    /** Records how it went (kept, missed or cancelled) as of the ETag read; a kept one the mentor went to is their escort. */
    @PUT
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response outcome(@PathParam("participant") long participant, @PathParam("id") long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AppointmentOutcomeJson body) {
        AppointmentOutcomeJson given = EntityTags.requireBody(body);
        return asOf(participant, id, ifMatch,
                version -> appointments.recordOutcome(id, version, given.attendance(), given.punctuality()));
    }

    private Response asOf(long participant, long id, String ifMatch, LongFunction<Appointment> change) {
        AppointmentJson changed = AppointmentJson.of(EntityTags.change(ifMatch, ofCase(participant, id).getVersion(),
                change));
        return EntityTags.changed(changed, changed.version());
    }

    /** The appointment, if it is of the case the address names (else not found). */
    private Appointment ofCase(long participant, long id) {
        Appointment appointment = appointments.appointment(id);
        if (appointment.getParticipant().getId() != participant) {
            throw new NotFoundException("appointment " + id);
        }
        return appointment;
    }
}
