package org.gatehouse.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.integration.DuplicateRequestException;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.DatabaseTrouble;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;

/** Turns every failure of the API into an RFC 9457 problem body with the right status; never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Problem problem;
        if (cause instanceof InvalidInputException invalid) {
            problem = new Problem(Problem.TYPES + "invalid-input", "The input breaks a rule", 422,
                    "Correct the fields listed in errors and send it again.", path(),
                    invalid.getViolations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        } else if (cause instanceof AccessDeniedException denied) {
            problem = simple("forbidden", "Forbidden", 403, denied.getMessage());
        } else if (cause instanceof NotFoundException notFound) {
            problem = simple("not-found", "Not found", 404, notFound.getMessage());
        } else if (cause instanceof StaleRecordException stale) {
            problem = simple("conflict", "Changed by someone else", 409, stale.getMessage());
        } else if (causedBy(cause, OptimisticLockException.class)) {
            // two saves of one record at the same moment: the later one is refused at commit
            problem = simple("conflict", "Changed by someone else", 409, "The record was changed by someone else "
                    + "at the same moment; read it again and apply your change to what it is now.");
        } else if (cause instanceof PreconditionException precondition) {
            problem = precondition.status() == 428
                    ? simple("precondition-required", "Precondition required", 428, precondition.getMessage())
                    : simple("precondition-failed", "Precondition failed", 412, precondition.getMessage());
        } else if (cause instanceof DuplicateRequestException duplicate) {
            problem = simple("request-in-progress", "The same request is being handled", 409, duplicate.getMessage());
        } else if (isUnreadableBody(cause)) {
            problem = simple("malformed-request", "The request body is not valid JSON of the expected shape", 400,
                    "Send a JSON object with the documented fields; dates as YYYY-MM-DD.");
        } else if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            problem = simple("http-" + status, web.getResponse().getStatusInfo().getReasonPhrase(), status, null);
        } else if (DatabaseTrouble.UNREACHABLE.causedIt(cause)) {
            LOG.warning(() -> "The database cannot be reached: " + cause.getClass().getSimpleName());
            return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER).type(Problem.MEDIA_TYPE)
                    .entity(simple(DatabaseUnavailable.TYPE, "Service Unavailable", 503, DatabaseUnavailable.DETAIL)).build();
        } else if (DatabaseTrouble.OUT_OF_ROOM.causedIt(cause)) {
            LOG.severe(() -> "The database is out of disk space: " + cause.getClass().getSimpleName());
            problem = simple("storage-full", "Insufficient Storage", 507, "The database has no room left, so nothing "
                    + "of this request was saved. Tell your administrator; send it again once they have made room.");
        } else {
            String incident = UUID.randomUUID().toString();
            // the exception, not the request: request data may be case data
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, cause);
            problem = simple("internal-error", "Internal error", 500,
                    "Something went wrong on our side. Quote incident " + incident + " to support.");
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Problem simple(String type, String title, int status, String detail) {
        return new Problem(Problem.TYPES + type, title, status, detail, path(), List.of());
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    private static boolean isUnreadableBody(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException
                    || t instanceof BadRequestException) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
