package org.gatehouse.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gatehouse.api.Problem;

/** Every API request needs a signed-in caller (HTTP Basic); without one it gets a 401 problem body. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiSignInRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"Gatehouse\", charset=\"UTF-8\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("https://gatehouse.example/problems/unauthorized", "Sign-in required", 401,
                            "Send a valid user name and password (HTTP Basic over TLS).",
                            request.getUriInfo().getRequestUri().getPath(), List.of()))
                    .build());
        }
    }
}
