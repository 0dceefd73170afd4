package org.gatehouse.dashboards;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.gatehouse.api.Attachments;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReportFormat;
import org.gatehouse.reports.ServiceLevelReport;

/**
 * {@code /api/dashboards/service-levels}: the service-level dashboard in the caller's view
 * ({@code GET}, parameters {@code monthFrom}, {@code monthTo} as {@code 2025-07}, {@code agency},
 * {@code program}, {@code region}, {@code breakdown}); {@code GET targets} the targets in force;
 * {@code PUT targets/{measure}} with {@code {"greenFrom": "80", "amberFrom": "60"}} sets the caller's
 * (a commissioner's for every agency, an agency admin's for the own agency); {@code DELETE
 * targets/{measure}} clears it; {@code GET report.pdf|xlsx|csv} the printable report of the same parameters.
 */
@Path("dashboards/service-levels")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceLevelResource {

    @Inject
    private ServiceLevelDashboard dashboard;

    @Inject
    private ServiceLevelTargets targets;

    @Inject
    private ServiceLevelReport report;

    @GET
    public List<ServiceLevelDashboard.Figures> figures(@BeanParam MonthFilterParameters filter,
                                                       @QueryParam("breakdown") String breakdown) {
        return dashboard.figures(filter.filter(), breakdown);
    }

    /** The dashboard as a report: {@code report.pdf}, {@code report.xlsx} or {@code report.csv}, same parameters. */
    @GET
    @Path("report.{format:pdf|xlsx|csv}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    public Response report(@PathParam("format") String format, @BeanParam MonthFilterParameters filter,
                           @QueryParam("breakdown") String breakdown) {
        RenderedReport rendered = report.render(filter.filter(), breakdown,
                ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)));
        return Attachments.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    @GET
    @Path("targets")
    public Map<String, ServiceLevelTargets.Target> targets() {
        return targets.inForce();
    }

    @PUT
    @Path("targets/{measure}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLevelTargets.Target set(@PathParam("measure") String measure, Bands bands) {
        return bands == null ? targets.set(measure, null, null)
                : targets.set(measure, bands.greenFrom(), bands.amberFrom());
    }

    @DELETE
    @Path("targets/{measure}")
    public Response clear(@PathParam("measure") String measure) {
        targets.clear(measure);
        return Response.noContent().build();
    }

    /** A target's bands as sent: numbers as text ({@code "80"}, {@code "62.5"}). */
    public record Bands(String greenFrom, String amberFrom) {
    }
}
