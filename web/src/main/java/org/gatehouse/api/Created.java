package org.gatehouse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.LongSupplier;
import org.gatehouse.integration.IdempotentRequests;

/**
 * A record an API create made: its id, and whether this answers a request sent before under the same
 * Idempotency-Key (the record that request made, not a second one).
 */
public record Created(long id, boolean replayed) {

    /**
     * Makes the record, or, when a key was sent, finds the one an earlier request with it made
     * ({@code request}: the request's content in one canonical form; {@code kind}: the address's
     * collection, such as "engagements").
     */
    public static Created once(IdempotentRequests idempotency, String key, String kind, String request,
                               LongSupplier create) {
        if (key == null) {
            return new Created(create.getAsLong(), false);
        }
        String prefix = kind + "/";
        IdempotentRequests.Outcome outcome = idempotency.once(key, request, () -> prefix + create.getAsLong());
        return new Created(Long.parseLong(outcome.resource().substring(prefix.length())), outcome.replayed());
    }

    /** 201 with the record's address (under the request's), its ETag, and Idempotent-Replayed when replayed. */
    public Response answer(UriInfo uri, Object entity, long version) {
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(entity).tag(EntityTags.of(version));
        return (replayed ? answer.header("Idempotent-Replayed", "true") : answer).build();
    }
}
