package org.gatehouse.operations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}: this node's {@link Metrics} for Prometheus to scrape (counts only, no data).
 * When the system property {@value #TOKEN} or the environment variable {@value #TOKEN_VARIABLE} is
 * set (production: docs/DEPLOYMENT.md), only a request bearing it ({@code Authorization: Bearer ...})
 * gets them; when neither is, only a request from this machine does (a developer's, a scraper beside
 * the server), never one from the network.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TOKEN = "gatehouse.metrics.token";
    /** The same from the environment (production: a secret stays out of the server's configuration). */
    static final String TOKEN_VARIABLE = "GATEHOUSE_METRICS_TOKEN";

    @Inject
    private Metrics metrics;

    public MetricsServlet() {
        // the container's: it injects the metrics
    }

    MetricsServlet(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = System.getProperty(TOKEN, System.getenv(TOKEN_VARIABLE));
        if (token == null || token.isBlank()) {
            if (!fromThisMachine(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Set " + TOKEN + " to scrape from elsewhere");
                return;
            }
        } else if (!bears(request.getHeader("Authorization"), token)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(metrics.scrape());
    }

    /** A local request not forwarded by a proxy (whose own clients are anybody's). */
    private static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean bears(String authorization, String token) {
        String given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : "";
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
