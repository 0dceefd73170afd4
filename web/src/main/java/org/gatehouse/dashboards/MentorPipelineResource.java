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
import org.gatehouse.api.Attachments;
import org.gatehouse.reports.MentorPipelineReport;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReportFormat;

/**
 * {@code /api/dashboards/mentors}: {@code GET pipeline} (mentors recruited in {@code monthFrom} to
 * {@code monthTo}, by {@code breakdown} AGENCY or REGION) and {@code GET activity} (attended
 * engagements per open case, month by month, by AGENCY, PROGRAM or REGION), in the caller's view;
 * {@code GET report.pdf|xlsx|csv} both as a printable report.
 */
@Path("dashboards/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorPipelineResource {

    @Inject
    private MentorPipelineDashboard dashboard;

    @Inject
    private MentorPipelineReport report;

    /** Both as a report: {@code report.pdf}, {@code report.xlsx} or {@code report.csv}; the service levels' breakdown. */
    @GET
    @Path("report.{format:pdf|xlsx|csv}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    public Response report(@PathParam("format") String format, @BeanParam MonthFilterParameters filter,
                           @QueryParam("breakdown") String breakdown) {
        RenderedReport rendered = report.render(filter.filter(), breakdown, ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)));
        return Attachments.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    @GET
    @Path("pipeline")
    public List<MentorPipelineDashboard.Pipeline> pipeline(@QueryParam("monthFrom") String monthFrom,
                                                           @QueryParam("monthTo") String monthTo,
                                                           @QueryParam("agency") String agency,
                                                           @QueryParam("region") String region,
                                                           @QueryParam("breakdown") String breakdown) {
        return dashboard.pipeline(new ServiceLevelFilter(monthFrom, monthTo, agency, null, region), breakdown);
    }

    @GET
    @Path("activity")
    public List<MentorPipelineDashboard.Activity> activity(@BeanParam MonthFilterParameters filter,
                                                           @QueryParam("breakdown") String breakdown) {
        return dashboard.activity(filter.filter(), breakdown);
    }
}
