package org.gatehouse.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gatehouse.platform.DatabaseTrouble;

/**
 * The API's answer where the server refuses a request before the API sees it (a path that is not
 * valid UTF-8 once decoded, a request too large, signing in while the database cannot be reached:
 * 503 with Retry-After): an RFC 9457 problem body, as every other refusal of the API, instead of the
 * screens' error page. Screens keep their page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ContainerProblems extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String type = "http-" + status;
        String detail = status == 400 ? "The request cannot be read (its address or body is malformed)." : null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseTrouble.UNREACHABLE.causedIt(failure)) {
            // signing in reads the database too: a request can fail on it before the API sees it; the
            // same problem as ProblemMapper gives once past sign-in
            status = 503;
            type = DatabaseUnavailable.TYPE;
            detail = DatabaseUnavailable.DETAIL;
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the path as received, undecoded: the instance a client can match to its request
        response.getWriter().write(JSON.toJson(new Problem(Problem.TYPES + type, title, status, detail,
                path, List.of())));
    }
}
