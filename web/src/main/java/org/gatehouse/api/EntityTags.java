package org.gatehouse.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.gatehouse.platform.StaleRecordException;

/**
 * The API's optimistic concurrency: a record's version is its ETag ({@code "3"}), which a client
 * sends back as If-Match to change it; and the one way a resource refuses a request with no body.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match names: {@code "3"}, or empty for {@code *} (whatever is current). A weak
     * tag ({@code W/"3"}) or anything else matches no version, as RFC 9110 compares If-Match strongly: 412.
     */
    public static OptionalLong versionOf(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return OptionalLong.empty();
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                long version = Long.parseLong(tag.substring(1, tag.length() - 1));
                if (version >= 0) {
                    return OptionalLong.of(version);
                }
            } catch (NumberFormatException e) {
                // not one of ours: matches nothing
            }
        }
        throw PreconditionException.failed();
    }

    /** 200 with the record and its ETag, or 304 when the client's If-None-Match names that version. */
    public static Response read(Request request, Object record, long version) {
        EntityTag tag = of(version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(record)).tag(tag).build();
    }

    /** 200 with the record as a change left it, and its new ETag. */
    public static Response changed(Object record, long version) {
        return Response.ok(record).tag(of(version)).build();
    }

    /**
     * A change as of the version If-Match names ({@code *}: the {@code current} one): 428 without
     * If-Match, 412 when the record changed since.
     */
    public static <T> T change(String ifMatch, long current, LongFunction<T> change) {
        if (ifMatch == null) {
            throw PreconditionException.required();
        }
        return asOf(versionOf(ifMatch).orElse(current), change);
    }

    /**
     * A change as of the version If-Match names when one is sent, else (or for {@code *}) of {@code any}:
     * for a change that sends only what it changes, so cannot write back anything read earlier.
     */
    public static <T> T changeIfMatching(String ifMatch, long any, LongFunction<T> change) {
        return asOf(ifMatch == null ? any : versionOf(ifMatch).orElse(any), change);
    }

    private static <T> T asOf(long version, LongFunction<T> change) {
        try {
            return change.apply(version);
        } catch (StaleRecordException e) {
            throw PreconditionException.failed();
        }
    }

    /** The request's body, or 400 when it sent none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        return body;
    }
}
