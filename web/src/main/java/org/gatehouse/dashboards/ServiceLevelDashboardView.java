package org.gatehouse.dashboards;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.exports.ExportKind;
import org.gatehouse.exports.ExportRequests;
import org.gatehouse.platform.Downloads;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Messages;
import org.gatehouse.reports.MentorPipelineReport;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReportFormat;
import org.gatehouse.reports.ServiceLevelReport;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;
import org.gatehouse.warehouse.ServiceLevelDefinition;
import org.primefaces.model.StreamedContent;

/**
 * The service-level dashboard screen: the filters are view parameters (a shareable link); each
 * service level against its target with red/amber/green; commissioners and agency admins set
 * the targets below it.
 */
@Named
@ViewScoped
public class ServiceLevelDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceLevelDashboard dashboard;

    @Inject
    private ServiceLevelTargets targets;

    @Inject
    private ReoffendingDashboard reoffending;

    @Inject
    private MentorPipelineDashboard mentors;

    @Inject
    private DashboardAccess access;

    @Inject
    private ServiceLevelReport report;

    @Inject
    private MentorPipelineReport mentorReport;

    @Inject
    private ExportRequests exports;

    private String monthFrom;
    private String monthTo;
    private String agency;
    private String program;
    private String region;
    private String breakdown;

    private DashboardViewer viewer;
    private ReoffendingDashboard.Choices choices;
    private List<ServiceLevelDashboard.Figures> figures = List.of();
    private String chart;
    private List<TargetRow> targetRows = List.of();
    private List<MentorPipelineDashboard.Pipeline> pipeline = List.of();
    private List<MentorPipelineDashboard.Activity> activity = List.of();

    /** A service level's target as the form edits it. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String measure;
        private final String meaning;
        private final boolean mean;
        private final String scope;
        private String greenFrom;
        private String amberFrom;

        TargetRow(ServiceLevelDefinition level, ServiceLevelTargets.Target target) {
            measure = level.code();
            meaning = level.meaning();
            mean = level.mean();
            scope = target == null ? null : target.scope();
            greenFrom = target == null ? null : target.greenFrom().stripTrailingZeros().toPlainString();
            amberFrom = target == null ? null : target.amberFrom().stripTrailingZeros().toPlainString();
        }

        public String getMeasure() {
            return measure;
        }

        public String getMeaning() {
            return meaning;
        }

        public String getUnit() {
            return mean ? text("serviceLevels.days") : "%";
        }

        public String getScope() {
            return scope;
        }

        public String getGreenFrom() {
            return greenFrom;
        }

        public void setGreenFrom(String greenFrom) {
            this.greenFrom = greenFrom;
        }

        public String getAmberFrom() {
            return amberFrom;
        }

        public void setAmberFrom(String amberFrom) {
            this.amberFrom = amberFrom;
        }
    }

    /** On arrival: the caller's view, the figures of the link's filters (bad ones told at the filter). */
    public void load() {
        viewer = access.viewer("see the service-level dashboard");
        choices = reoffending.choices();
        ServiceLevelFilter filter = filter();
        try {
            figures = dashboard.figures(filter, breakdown);
            chart = ServiceLevelChart.config(figures);
            // the mentors' tables split only by what applies to them; a wrong filter is told once, above
            pipeline = mentors.pipeline(filter, MentorPipelineDashboard.pipelineBreakdown(breakdown));
            activity = mentors.activity(filter, MentorPipelineDashboard.activityBreakdown(breakdown));
        } catch (InvalidInputException invalid) {
            Messages.refusedAt(field -> "filters:messages", text("serviceLevels.notShown"), invalid, labels());
        }
        loadTargets();
    }

    public String apply() {
        return "service-levels?faces-redirect=true&includeViewParams=true";
    }

    /** The dashboard as a printable report of the page's filters. */
    public StreamedContent pdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent xlsx() {
        return download(ReportFormat.XLSX);
    }

    public StreamedContent csv() {
        return download(ReportFormat.CSV);
    }

    private StreamedContent download(ReportFormat format) {
        RenderedReport rendered = report.render(filter(), breakdown, format);
        return Downloads.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    /** The mentor pipeline and activity as a printable report of the page's filters. */
    public StreamedContent mentorsPdf() {
        RenderedReport rendered = mentorReport.render(filter(), breakdown, ReportFormat.PDF);
        return Downloads.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }

    /** Whether the lines link to the cases behind them: an agency's own view, for its case staff. */
    public boolean isDrillDown() {
        return viewer != null && !viewer.commissioner() && viewer.caller().hasAny(AccessPolicy.CASE_STAFF);
    }

    /**
     * The address of the cases behind a line of a level whose denominator is every case released
     * in its months: released in the line's month (by month) or the page's months, with the page's
     * program and region and the line's group; null for the other levels (their denominators count
     * engagements, appointments, checkpoints or some of the released cases, not one listable set).
     */
    public String casesLink(ServiceLevelDashboard.Figures f) {
        if (!f.countsEveryRelease()) {
            return null;
        }
        String from = monthFrom;
        String to = monthTo;
        ServiceLevelBreakdown by = ServiceLevelBreakdown.named(breakdown).orElse(ServiceLevelBreakdown.NONE);
        Map<String, String> link = new LinkedHashMap<>();
        link.put("program", program);
        link.put("region", region);
        if (!"ALL".equals(f.group())) {
            switch (by) {
                case MONTH -> {
                    from = f.group();
                    to = f.group();
                }
                case PROGRAM -> link.put("program", f.group());
                case REGION -> link.put("region", f.group());
                default -> {
                    // by agency: the agency's own, nothing to add
                }
            }
        }
        try {
            link.put("releasedFrom", from == null ? null : YearMonth.parse(from).atDay(1).toString());
            link.put("releasedTo", to == null ? null : YearMonth.parse(to).atEndOfMonth().toString());
        } catch (DateTimeParseException e) {
            return null; // the page's months were refused: no figures to go behind
        }
        return CasesBehindView.address(link);
    }

    /** The report made in the background, found under My exports. */
    public String inBackground(String format) {
        Map<String, String> parameters = filter().parameters();
        parameters.put("breakdown", breakdown);
        return exports.request(ExportKind.SERVICE_LEVEL_REPORT.name(), format, parameters);
    }

    private ServiceLevelFilter filter() {
        return new ServiceLevelFilter(monthFrom, monthTo, agency, program, region);
    }

    /** Saves one service level's target, then shows the figures against it. */
    public void save(TargetRow row) {
        try {
            targets.set(row.getMeasure(), row.getGreenFrom(), row.getAmberFrom());
            Messages.info(text("serviceLevels.targetSaved", row.getMeasure()));
            load();
        } catch (RuntimeException refusal) {
            // wrong bands at the form; a refusal of the caller (or an error) as every screen tells it
            Messages.refusedAt(field -> "targets:messages", text("serviceLevels.notSavedFor", row.getMeasure()),
                    refusal, labels());
        }
    }

    /** Removes the caller's own target of a service level. */
    public void clear(TargetRow row) {
        if (Messages.attempt(text("serviceLevels.notCleared"), () -> targets.clear(row.getMeasure()))) {
            Messages.info(text("serviceLevels.targetCleared", row.getMeasure()));
            load();
        }
    }

    /** The filters' and targets' labels on screen, by the field a refusal names. */
    private static Map<String, String> labels() {
        return Map.of("monthFrom", text("serviceLevels.monthsFrom"), "monthTo", text("serviceLevels.monthsTo"),
                "agency", text("serviceLevels.agency"), "program", text("common.program"),
                "region", text("common.region"), "breakdown", text("serviceLevels.breakDownBy"),
                "greenFrom", text("serviceLevels.greenFrom"), "amberFrom", text("serviceLevels.amberFrom"),
                "measure", text("serviceLevels.level"));
    }

    private void loadTargets() {
        Map<String, ServiceLevelTargets.Target> inForce = targets.inForce();
        List<TargetRow> rows = new ArrayList<>();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            rows.add(new TargetRow(level, inForce.get(level.code())));
        }
        targetRows = rows;
    }

    /** Whether the caller sets targets here: a commissioner (every agency's) or an agency admin (its own). */
    public boolean isTargetSetter() {
        return viewer != null && (viewer.commissioner() || viewer.caller().has(Role.AGENCY_ADMIN));
    }

    public boolean isCommissioner() {
        return viewer != null && viewer.commissioner();
    }

    public int getThreshold() {
        return viewer == null ? 0 : viewer.threshold();
    }

    /** The tooltip of a line: what the level counts, its numerator and denominator, why a figure is withheld. */
    public String tip(ServiceLevelDashboard.Figures f) {
        String tip = text("serviceLevels.tip", f.measure(), f.meaning(), f.numeratorMeaning(), shown(f.numerator()),
                f.denominatorMeaning(), shown(f.denominator()));
        return f.suppressed() ? text("serviceLevels.tipWithheld", tip, getThreshold()) : tip;
    }

    private static String shown(Long value) {
        return value == null ? text("serviceLevels.withheld") : value.toString();
    }

    public List<String> getBreakdowns() {
        return ServiceLevelBreakdown.names();
    }

    /** The chart of each rate's total (Chart.js configuration), or null when there is none. */
    public String getChart() {
        return chart;
    }

    public List<ServiceLevelDashboard.Figures> getFigures() {
        return figures;
    }

    public List<MentorPipelineDashboard.Pipeline> getPipeline() {
        return pipeline;
    }

    public List<MentorPipelineDashboard.Activity> getActivity() {
        return activity;
    }

    public List<TargetRow> getTargetRows() {
        return targetRows;
    }

    public ReoffendingDashboard.Choices getChoices() {
        return choices;
    }

    public String getMonthFrom() {
        return monthFrom;
    }

    public void setMonthFrom(String monthFrom) {
        this.monthFrom = monthFrom;
    }

    public String getMonthTo() {
        return monthTo;
    }

    public void setMonthTo(String monthTo) {
        this.monthTo = monthTo;
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

    public String getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(String breakdown) {
        this.breakdown = breakdown;
    }
}
