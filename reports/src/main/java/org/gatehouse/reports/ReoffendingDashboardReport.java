package org.gatehouse.reports;

import static org.gatehouse.dashboards.ReoffendingMeasure.percent;
import static org.gatehouse.reports.ReportTexts.WITHHELD;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.dashboards.DashboardAccess;
import org.gatehouse.dashboards.BaselineRate;
import org.gatehouse.dashboards.DashboardViewer;
import org.gatehouse.dashboards.ReoffendingDashboard;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.dashboards.ReoffendingMeasure;

/**
 * The reoffending dashboard as a report, in the caller's view (commissioners: suppressed): PDF with
 * a cover page, the figures, the trend chart and a definitions page; XLSX of the same; CSV of the
 * figures in columns. Audited as an export.
 */
@Stateless
public class ReoffendingDashboardReport {

    @Inject
    private ReoffendingDashboard dashboard;

    @Inject
    private DashboardAccess access;

    @Inject
    private DashboardPrinter printer;

    /** The report of the dashboard for this filter and breakdown; baseline a rate in percent or null. */
    /**
     * As {@link #render(ReoffendingFilter, String, BigDecimal, ReportFormat)}, the baseline as a request
     * gives it (a rate in percent, or blank): read only once the caller may print the dashboard.
     */
    public RenderedReport renderRequested(ReoffendingFilter filter, String breakdown, String baseline,
                                          ReportFormat format) {
        access.viewer("print the reoffending dashboard", filter.agency());
        return render(filter, breakdown, BaselineRate.parse(baseline), format);
    }

    public RenderedReport render(ReoffendingFilter filter, String breakdown, BigDecimal baseline, ReportFormat format) {
        DashboardViewer viewer = access.viewer("print the reoffending dashboard", filter.agency());
        List<ReoffendingDashboard.Figures> figures = dashboard.figures(filter, breakdown);
        Map<String, Object> more = new HashMap<>();
        more.put("BASELINE", baseline == null ? null : baseline.doubleValue());
        return printer.print(new DashboardPrinter.Print("reoffending", "ReoffendingDashboard", figures.size() + " lines",
                "reoffending-dashboard", "Reoffending after release", describe(viewer.commissioner() ? filter
                        : filter.forAgency(viewer.agency()), breakdown), definitions()), viewer, format,
                () -> csv(figures), figures.stream().<Map<String, ?>>map(ReoffendingDashboardReport::row).toList(),
                more);
    }

    /** The filter in words, for the cover and the page headers. */
    static String describe(ReoffendingFilter filter, String breakdown) {
        List<String> parts = new ArrayList<>();
        parts.add("Cohorts " + (filter.cohortFrom() == null ? "from the first" : "from " + filter.cohortFrom())
                + (filter.cohortTo() == null ? " to the last" : " to " + filter.cohortTo()));
        add(parts, "agency", filter.agency());
        add(parts, "program", filter.program());
        add(parts, "region", filter.region());
        add(parts, "gender", filter.gender());
        add(parts, "Aboriginal and Torres Strait Islander status", filter.indigenousStatus());
        add(parts, "vulnerability", filter.vulnerability());
        ReportTexts.by(breakdown).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    private static String definitions() {
        return Arrays.stream(ReoffendingMeasure.values()).map(m -> m.label() + ": " + m.definition()
                + (m.denominator() == null ? "" : " (" + (m.numerator() == null ? "days to each reoffender's first "
                + "proven reoffence, added up" : m.numerator().label()) + " / " + m.denominator().label() + ")"))
                .collect(Collectors.joining("\n\n"));
    }

    private static Map<String, ?> row(ReoffendingDashboard.Figures f) {
        Map<String, Object> row = new HashMap<>();
        row.put("cohort", f.cohort());
        row.put("group", f.group());
        row.put("total", "ALL".equals(f.group()));
        row.put("members", text(f.members()));
        row.put("measurable", text(f.measurable()));
        row.put("notYetMeasurable", text(f.notYetMeasurable()));
        row.put("reoffenders", text(f.reoffenders()));
        row.put("rateText", f.rate() == null ? WITHHELD
                : percent(f.rate()) + " (" + percent(f.rateCiLow()) + "–" + percent(f.rateCiHigh()) + ")");
        row.put("reoffences", text(f.reoffences()));
        row.put("frequency", text(f.frequency()));
        row.put("meanDaysToFirst", text(f.meanDaysToFirst()));
        row.put("custody12m", text(f.custody12m()) + " (" + (f.custody12mRate() == null ? WITHHELD
                : percent(f.custody12mRate())) + ")");
        row.put("measurable24m", text(f.measurable24m()));
        row.put("custody24m", text(f.custody24m()) + " (" + (f.custody24mRate() == null ? WITHHELD
                : percent(f.custody24mRate())) + ")");
        row.put("rate", points(f.rate()));
        row.put("rateLow", points(f.rateCiLow()));
        row.put("rateHigh", points(f.rateCiHigh()));
        return row;
    }

    private static byte[] csv(List<ReoffendingDashboard.Figures> figures) {
        CsvWriter csv = new CsvWriter().row("cohort", "group", "suppressed", "members", "measurable",
                "not_yet_measurable", "reoffenders", "rate", "rate_ci_low", "rate_ci_high", "reoffences", "frequency",
                "mean_days_to_first", "custody_12m", "custody_12m_rate", "measurable_24m", "custody_24m",
                "custody_24m_rate");
        for (ReoffendingDashboard.Figures f : figures) {
            csv.row(Stream.of(f.cohort(), f.group(), f.suppressed(), f.members(), f.measurable(), f.notYetMeasurable(),
                    f.reoffenders(), f.rate(), f.rateCiLow(), f.rateCiHigh(), f.reoffences(), f.frequency(),
                    f.meanDaysToFirst(), f.custody12m(), f.custody12mRate(), f.measurable24m(), f.custody24m(),
                    f.custody24mRate()).map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
        }
        return csv.toBytes();
    }

    private static Double points(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String text(Object value) {
        return Objects.toString(value instanceof BigDecimal d ? d.toPlainString() : value, WITHHELD);
    }
}
