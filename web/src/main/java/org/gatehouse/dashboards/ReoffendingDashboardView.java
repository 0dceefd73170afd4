package org.gatehouse.dashboards;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.exports.ExportKind;
import org.gatehouse.exports.ExportRequests;
import org.gatehouse.platform.Downloads;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReoffendingDashboardReport;
import org.gatehouse.reports.ReportFormat;
import org.gatehouse.security.AccessPolicy;
import org.primefaces.model.StreamedContent;

/**
 * The reoffending dashboard screen: every filter is a view parameter, so the address bar is a link
 * to the same figures; applying the filters reloads the page with them. The baseline (a rate in
 * percent, e.g. the jurisdiction's published return-to-prison rate) is drawn on the trend chart.
 */
@Named
@ViewScoped
public class ReoffendingDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReoffendingDashboard dashboard;

    @Inject
    private DashboardAccess access;

    @Inject
    private ReoffendingDashboardReport report;

    @Inject
    private ReoffendingExport export;

    @Inject
    private ExportRequests exports;

    private String cohortFrom;
    private String cohortTo;
    private String agency;
    private String program;
    private String region;
    private String gender;
    private String indigenousStatus;
    private String vulnerability;
    private String breakdown;
    private String baseline;

    private List<ReoffendingDashboard.Figures> figures = List.of();
    private ReoffendingDashboard.Choices choices;
    private DashboardViewer viewer;
    private String chart;

    /** On arrival: the caller's view and the figures of the link's filters (bad ones named on screen). */
    public void load() {
        viewer = access.viewer("see the reoffending dashboard");
        choices = dashboard.choices();
        BigDecimal line = baseline();
        try {
            figures = dashboard.figures(filter(), breakdown);
        } catch (InvalidInputException invalid) {
            // named as on the screen, at the filter at fault
            Messages.refusedAt(field -> "filters:" + (field == null ? "messages" : field), text("reoffending.notShown"),
                    invalid, labels());
        }
        chart = figures.isEmpty() ? null : ReoffendingTrendChart.config(figures, line);
    }

    /** The filters' labels on screen, by the field a refusal names. */
    private static Map<String, String> labels() {
        return Map.of("cohortFrom", text("reoffending.cohortsFrom"), "cohortTo", text("reoffending.cohortsTo"),
                "agency", text("reoffending.agency"), "program", text("common.program"),
                "region", text("common.region"), "gender", text("reoffending.gender"),
                "indigenousStatus", text("reoffending.indigenousStatus"),
                "vulnerability", text("reoffending.vulnerability"), "breakdown", text("reoffending.breakDownBy"));
    }

    /** Reloads the page with the chosen filters in its address. */
    public String apply() {
        return "reoffending?faces-redirect=true&includeViewParams=true";
    }

    ReoffendingFilter filter() {
        return new ReoffendingFilter(cohortFrom, cohortTo, agency, program, region, gender, indigenousStatus,
                vulnerability);
    }

    /** The baseline as a percentage, or null: a wrong one is told at its field. */
    private BigDecimal baseline() {
        try {
            return BaselineRate.parse(baseline);
        } catch (InvalidInputException invalid) {
            Messages.errorAt("filters:baseline", text("reoffending.baselineWrong",
                    invalid.getViolations().get(0).message()));
            return null;
        }
    }

    /** The dashboard as a printable report of the page's filters. */
    public StreamedContent pdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent xlsx() {
        return download(ReportFormat.XLSX);
    }

    public StreamedContent figuresCsv() {
        return download(ReportFormat.CSV);
    }

    /** Whether the lines link to the cases behind them: an agency's own view, for its case staff. */
    public boolean isDrillDown() {
        return viewer != null && !viewer.commissioner() && viewer.caller().hasAny(AccessPolicy.CASE_STAFF);
    }

    /**
     * The address of the cases behind a line: released in its cohort's quarter, with the page's
     * filters and the line's group; null where the cases cannot pick the group (an age band, no
     * vulnerability).
     */
    public String casesLink(ReoffendingDashboard.Figures f) {
        int year = Integer.parseInt(f.cohort().substring(0, 4));
        int quarter = f.cohort().charAt(6) - '0';
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        Map<String, String> link = new LinkedHashMap<>();
        link.put("releasedFrom", first.toString());
        link.put("releasedTo", first.plusMonths(3).minusDays(1).toString());
        link.putAll(filter().places());
        link.remove("agency"); // the cases are the caller's own agency's
        if (!"ALL".equals(f.group())) {
            Breakdown by = Breakdown.named(breakdown).orElse(Breakdown.NONE);
            if (by == Breakdown.AGE_BAND || (by == Breakdown.VULNERABILITY && "NONE".equals(f.group()))) {
                return null;
            }
            switch (by) {
                case PROGRAM -> link.put("program", f.group());
                case REGION -> link.put("region", f.group());
                case GENDER -> link.put("gender", f.group());
                case INDIGENOUS_STATUS -> link.put("indigenousStatus", f.group());
                case VULNERABILITY -> link.put("vulnerability", f.group());
                default -> {
                    // by agency: the agency's own, nothing to add
                }
            }
        }
        return CasesBehindView.address(link);
    }

    /** The report of the page's filters made in the background (for a long one), found under My exports. */
    public String inBackground(String format) {
        Map<String, String> parameters = filter().parameters();
        parameters.put("breakdown", breakdown);
        parameters.put("baseline", baseline);
        return exports.request(ExportKind.REOFFENDING_REPORT.name(), format, parameters);
    }

    /** FORMATS.md §3's export (every cohort, by agency and program), in the caller's view. */
    public StreamedContent measuresCsv() {
        return Downloads.of(ReoffendingExport.FILE_NAME, "text/csv; charset=UTF-8", export.csv());
    }

    private StreamedContent download(ReportFormat format) {
        RenderedReport rendered = report.render(filter(), breakdown, baseline(), format);
        return Downloads.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    public String percent(BigDecimal rate) {
        return ReoffendingMeasure.percent(rate);
    }

    /** The tooltip of a figure in a line of the table. */
    public String tip(ReoffendingDashboard.Figures line, String measure) {
        return ReoffendingMeasure.valueOf(measure).explain(line, viewer.threshold());
    }

    public ReoffendingMeasure measure(String name) {
        return ReoffendingMeasure.valueOf(name);
    }

    public boolean isCommissioner() {
        return viewer != null && viewer.commissioner();
    }

    public int getThreshold() {
        return viewer == null ? 0 : viewer.threshold();
    }

    public List<ReoffendingDashboard.Figures> getFigures() {
        return figures;
    }

    public String getChart() {
        return chart;
    }

    public ReoffendingDashboard.Choices getChoices() {
        return choices;
    }

    public List<String> getGenders() {
        return ReoffendingFilter.GENDERS;
    }

    public List<String> getIndigenousStatuses() {
        return ReoffendingFilter.INDIGENOUS_STATUSES;
    }

    public List<String> getVulnerabilities() {
        return ReoffendingFilter.VULNERABILITIES;
    }

    public List<String> getBreakdowns() {
        return Breakdown.names();
    }

    public String getCohortFrom() {
        return cohortFrom;
    }

    public void setCohortFrom(String cohortFrom) {
        this.cohortFrom = cohortFrom;
    }

    public String getCohortTo() {
        return cohortTo;
    }

    public void setCohortTo(String cohortTo) {
        this.cohortTo = cohortTo;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIndigenousStatus() {
        return indigenousStatus;
    }

    public void setIndigenousStatus(String indigenousStatus) {
        this.indigenousStatus = indigenousStatus;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(String vulnerability) {
        this.vulnerability = vulnerability;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(String breakdown) {
        this.breakdown = breakdown;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }
}
