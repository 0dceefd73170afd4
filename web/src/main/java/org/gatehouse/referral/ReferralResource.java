package org.gatehouse.referral;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.gatehouse.api.Created;
import org.gatehouse.api.EntityTags;
import org.gatehouse.api.Pages;
import org.gatehouse.integration.IdempotentRequests;
import org.gatehouse.platform.InvalidInputException;

/**
 * Referrals over JSON, under /api/v1 and /api: a prison or probation system sends one (once per
 * Idempotency-Key) to the agency of the account it signs in with; the agency's coordinators list
 * them and read one (an audited read) with its ETag. Intake and the decision stay on the screens.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ReferralDesk desk;

    @Inject
    private IdempotentRequests idempotency;

    @GET
    public ReferralPage list(@QueryParam("status") String status,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("50") int max) {
        List<Referral> all = desk.referrals(status == null ? null : status(status));
        return new ReferralPage(all.size(), first, max, Pages.of(all, first, max, ReferralJson::of));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        ReferralJson referral = ReferralJson.of(desk.referral(id));
        return EntityTags.read(request, referral, referral.version());
    }

    /**
     * Records a referral the agency received: 201 with its address and ETag. With an
     * {@value IdempotentRequests#HEADER} header, the same request sent again gets the referral the
     * first one recorded ({@code Idempotent-Replayed: true}), never a second one.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(ReferralJson body, @HeaderParam(IdempotentRequests.HEADER) String key,
                            @Context UriInfo uri) {
        ReferralDetails details = EntityTags.requireBody(body).details();
        AtomicReference<Referral> made = new AtomicReference<>();
        Created created = Created.once(idempotency, key, "referrals", JSON.toJson(ReferralJson.asked(details)),
                () -> made.updateAndGet(none -> desk.receive(details)).getId());
        // the referral just made is answered as it is; a replay reads the earlier one (an audited read)
        ReferralJson referral = ReferralJson.of(created.replayed() ? desk.referral(created.id()) : made.get());
        return created.answer(uri, referral, referral.version());
    }

    private static ReferralStatus status(String status) {
        try {
            return ReferralStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of " + Arrays.toString(ReferralStatus.values()));
        }
    }
}
