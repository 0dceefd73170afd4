package org.gatehouse.operations;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /health/live} and {@code GET /health/ready}: 200 with {@code "status": "UP"}, or 503 with
 * {@code "DOWN"}, and each check with its state, for a load balancer or an orchestrator (no sign-in:
 * they name no data). Readiness: {@link Readiness#ready()}.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Readiness.Report report = request.getServletPath().endsWith("/ready") ? readiness.ready() : readiness.live();
        JsonArrayBuilder checks = Json.createArrayBuilder();
        report.checks().forEach(c -> checks.add(Json.createObjectBuilder().add("name", c.name())
                .add("status", c.up() ? "UP" : "DOWN").add("detail", c.detail())));
        response.setStatus(report.up() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", report.up() ? "UP" : "DOWN")
                .add("checks", checks).build().toString());
    }
}
