package org.gatehouse.dashboards;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gatehouse.api.Attachments;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReoffendingDashboardReport;
import org.gatehouse.reports.ReportFormat;

/**
 * {@code /api/dashboards/reoffending}: the reoffending dashboard for commissioners and agency staff,
 * in the view their role gives ({@link DashboardAccess}). {@code GET} the figures as JSON for the
 * filter's query parameters and {@code breakdown}; {@code GET measures.csv} FORMATS.md §3's export;
 * {@code GET report.pdf|xlsx|csv} the printable report.
 * Bad parameters get one RFC 9457 body naming each.
 */
@Path("dashboards/reoffending")
public class ReoffendingResource {

    @Inject
    private ReoffendingDashboard dashboard;

    @Inject
    private ReoffendingExport export;

    @Inject
    private ReoffendingDashboardReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReoffendingDashboard.Figures> figures(@BeanParam FilterParameters filter,
                                                      @QueryParam("breakdown") String breakdown) {
        return dashboard.figures(filter.filter(), breakdown);
    }

    @GET
    @Path("measures.csv")
    @Produces("text/csv")
    public Response measures() {
        return Attachments.of(ReoffendingExport.FILE_NAME, "text/csv; charset=UTF-8", export.csv());
    }

    /**
     * The dashboard as a report: {@code report.pdf}, {@code report.xlsx} or {@code report.csv}, for the
     * same parameters and {@code baseline} (a rate in percent, drawn on the chart).
     */
    @GET
    @Path("report.{format:pdf|xlsx|csv}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    public Response report(@PathParam("format") String format, @BeanParam FilterParameters filter,
                           @QueryParam("breakdown") String breakdown, @QueryParam("baseline") String baseline) {
        RenderedReport rendered = report.renderRequested(filter.filter(), breakdown, baseline,
                ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)));
        return Attachments.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    /** The filter's query parameters, named as {@link ReoffendingFilter}'s fields (and the screen's link). */
    public static class FilterParameters {
        @QueryParam("cohortFrom")
        String cohortFrom;
        @QueryParam("cohortTo")
        String cohortTo;
        @QueryParam("agency")
        String agency;
        @QueryParam("program")
        String program;
        @QueryParam("region")
        String region;
        @QueryParam("gender")
        String gender;
        @QueryParam("indigenousStatus")
        String indigenousStatus;
        @QueryParam("vulnerability")
        String vulnerability;

        ReoffendingFilter filter() {
            return new ReoffendingFilter(cohortFrom, cohortTo, agency, program, region, gender, indigenousStatus,
                    vulnerability);
        }
    }
}
