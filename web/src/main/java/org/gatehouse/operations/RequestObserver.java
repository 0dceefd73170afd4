package org.gatehouse.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a UUID, else a new one),
 * answers with it, and keeps it in the logging context, so that every log record written while
 * the request is handled carries it ({@code mdc.requestId} in the JSON log); then counts the request
 * and its duration by kind of address ({@link Metrics}). Neither the address nor anything sent is
 * logged or counted: both can name a person.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestObserver extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context. */
    public static final String LOG_KEY = "requestId";
    /** A caller's id is kept only as a UUID: anything freer could carry a name into every log line. */
    private static final Pattern TOKEN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    private Metrics metrics;

    public RequestObserver() {
        // the container's: it injects the metrics
    }

    RequestObserver(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String given = request.getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        Object before = MDC.put(LOG_KEY, id);
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // unless the chain ends normally
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            if (before == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, before);
            }
            metrics.request(kind(request), request.getMethod(), status, System.nanoTime() - start);
        }
    }

    /** The kind of address: few enough values to count by, none of them naming a record. */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/health/") || path.equals("/metrics")) {
            return "operations";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "static";
        }
        return "page";
    }
}
