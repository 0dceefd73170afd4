package org.gatehouse.reports;

import static org.gatehouse.reports.ReportTexts.WITHHELD;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.dashboards.DashboardAccess;
import org.gatehouse.dashboards.DashboardViewer;
import org.gatehouse.dashboards.MentorPipelineDashboard;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.dashboards.ServiceLevelFilter;

/**
 * The mentor pipeline and mentoring activity (shown beside the service levels) as a report, in the
 * caller's view: PDF with a cover, the pipeline, the activity month by month and a definitions
 * page; XLSX of the same; CSV with a section column. The service-level breakdown applies as on the
 * screen (the pipeline by agency or region only, the activity by anything but month). Audited.
 */
@Stateless
public class MentorPipelineReport {

    private static final String DEFINITIONS = "Recruited: mentors whose recruitment fell in the months chosen (all "
            + "months when none are). Vetted, trained: those who passed every check and course the agency asks for. "
            + "Active: mentoring now. Supervised: had at least one supervision session. Debriefs held: debriefs "
            + "recorded, added up. Former participants: mentors who were participants themselves.\n\n"
            + "Mentoring activity: per month, the attended engagements of the cases open in it (referred by its end, "
            + "not ended before its start), over those cases; by the enrolment's agency, program and region now.";

    @Inject
    private MentorPipelineDashboard dashboard;

    @Inject
    private DashboardAccess access;

    @Inject
    private DashboardPrinter printer;

    @Inject
    private ServiceLevelDashboard serviceLevels;

    /**
     * The pipeline and the activity for the service-level page's filter and breakdown (each table split
     * by what applies to it); refused as that page refuses them, a wrong breakdown included.
     */
    public RenderedReport render(ServiceLevelFilter filter, String breakdown, ReportFormat format) {
        DashboardViewer viewer = access.viewer("print the mentor pipeline", filter.agency());
        serviceLevels.check(filter, breakdown);
        List<MentorPipelineDashboard.Pipeline> pipeline = dashboard.pipeline(filter,
                MentorPipelineDashboard.pipelineBreakdown(breakdown));
        List<MentorPipelineDashboard.Activity> activity = dashboard.activity(filter,
                MentorPipelineDashboard.activityBreakdown(breakdown));
        List<Map<String, ?>> rows = new ArrayList<>();
        pipeline.forEach(p -> rows.add(row(p)));
        activity.forEach(a -> rows.add(row(a)));
        return printer.print(new DashboardPrinter.Print("mentors", "MentorPipeline", pipeline.size() + " pipeline and "
                + activity.size() + " activity lines", "mentor-pipeline", "Mentors", ServiceLevelReport.describe(
                        viewer.commissioner() ? filter : filter.forAgency(viewer.agency()), breakdown), DEFINITIONS),
                viewer, format, () -> csv(pipeline, activity), rows, Map.of());
    }

    private static Map<String, ?> row(MentorPipelineDashboard.Pipeline p) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", "PIPELINE");
        row.put("group", p.group());
        row.put("total", "ALL".equals(p.group()));
        row.put("recruited", text(p.recruited()));
        row.put("vetted", text(p.vetted()));
        row.put("trained", text(p.trained()));
        row.put("active", text(p.active()));
        row.put("supervised", text(p.supervised()));
        row.put("debriefs", text(p.debriefs()));
        row.put("former", text(p.formerParticipants()));
        return row;
    }

    private static Map<String, ?> row(MentorPipelineDashboard.Activity a) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", "ACTIVITY");
        row.put("month", a.month());
        row.put("group", a.group());
        row.put("total", "ALL".equals(a.group()));
        row.put("engagements", text(a.engagements()));
        row.put("cases", text(a.cases()));
        row.put("perCase", text(a.perCase()));
        return row;
    }

    private static byte[] csv(List<MentorPipelineDashboard.Pipeline> pipeline,
                              List<MentorPipelineDashboard.Activity> activity) {
        CsvWriter csv = new CsvWriter().row("section", "month", "group", "suppressed", "recruited", "vetted", "trained",
                "active", "supervised", "debriefs", "former_participants", "engagements", "cases", "per_case");
        for (MentorPipelineDashboard.Pipeline p : pipeline) {
            csv.row("PIPELINE", null, p.group(), p.suppressed(), p.recruited(), p.vetted(), p.trained(), p.active(),
                    p.supervised(), p.debriefs(), p.formerParticipants(), null, null, null);
        }
        for (MentorPipelineDashboard.Activity a : activity) {
            csv.row(Stream.of("ACTIVITY", a.month(), a.group(), a.suppressed(), null, null, null, null, null, null, null,
                    a.engagements(), a.cases(), a.perCase()).map(v -> v instanceof BigDecimal d ? d.toPlainString() : v)
                    .toList());
        }
        return csv.toBytes();
    }

    private static String text(Object value) {
        return Objects.toString(value instanceof BigDecimal d ? d.toPlainString() : value, WITHHELD);
    }
}
