package org.gatehouse.reports;

import static org.gatehouse.reports.ReportTexts.WITHHELD;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.dashboards.DashboardAccess;
import org.gatehouse.dashboards.DashboardViewer;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.warehouse.ServiceLevelDefinition;

/**
 * The service-level dashboard as a report, in the caller's view (commissioners: suppressed): PDF
 * with a cover page, the levels against their targets with red/amber/green, a chart of each rate's
 * total and a definitions page; XLSX of the same; CSV of the figures in columns. Audited as an export.
 */
@Stateless
public class ServiceLevelReport {

    @Inject
    private ServiceLevelDashboard dashboard;

    @Inject
    private DashboardAccess access;

    @Inject
    private DashboardPrinter printer;

    /** The report of the dashboard for this filter and breakdown (blank: totals only). */
    public RenderedReport render(ServiceLevelFilter filter, String breakdown, ReportFormat format) {
        DashboardViewer viewer = access.viewer("print the service-level dashboard", filter.agency());
        List<ServiceLevelDashboard.Figures> figures = dashboard.figures(filter, breakdown);
        return printer.print(new DashboardPrinter.Print("service-levels", "ServiceLevelDashboard", figures.size()
                + " lines", "service-level-dashboard", "Service levels", describe(viewer.commissioner() ? filter
                        : filter.forAgency(viewer.agency()), breakdown), ServiceLevelDefinition.all().stream()
                        .map(ServiceLevelDefinition::definition).collect(Collectors.joining("\n\n"))
                        + "\n\nRed below amber, amber below green; a target an agency sets replaces the "
                        + "commissioners' in its own view."), viewer, format, () -> csv(figures),
                figures.stream().<Map<String, ?>>map(ServiceLevelReport::row).toList(), Map.of());
    }

    /** The filter in words, for the cover and the page headers. */
    static String describe(ServiceLevelFilter filter, String breakdown) {
        List<String> parts = new ArrayList<>();
        parts.add("Months " + (filter.monthFrom() == null ? "from the first" : "from " + filter.monthFrom())
                + (filter.monthTo() == null ? " to the last" : " to " + filter.monthTo()));
        filter.places().forEach((name, value) -> {
            if (value != null) {
                parts.add(name + " " + value);
            }
        });
        ReportTexts.by(breakdown).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static Map<String, ?> row(ServiceLevelDashboard.Figures f) {
        Map<String, Object> row = new HashMap<>();
        row.put("measure", f.measure());
        row.put("group", f.group());
        row.put("total", "ALL".equals(f.group()));
        row.put("numerator", text(f.numerator()));
        row.put("denominator", text(f.denominator()));
        row.put("valueText", f.valueText());
        row.put("target", f.targetText());
        row.put("rag", f.rag().name().equals("NONE") ? WITHHELD : f.rag().name());
        // the chart shows each rate's total in percent (a mean in days would not share its axis)
        row.put("percent", f.mean() || f.value() == null ? null
                : f.value().movePointRight(2).setScale(1, RoundingMode.HALF_UP).doubleValue());
        return row;
    }

    private static byte[] csv(List<ServiceLevelDashboard.Figures> figures) {
        CsvWriter csv = new CsvWriter().row("measure", "group", "suppressed", "numerator", "denominator", "value",
                "ci_low", "ci_high", "mean", "green_from", "amber_from", "rag");
        for (ServiceLevelDashboard.Figures f : figures) {
            csv.row(Stream.of(f.measure(), f.group(), f.suppressed(), f.numerator(), f.denominator(), f.value(),
                    f.ciLow(), f.ciHigh(), f.mean(), f.greenFrom(), f.amberFrom(), f.rag())
                    .map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
        }
        return csv.toBytes();
    }

    private static String text(Object value) {
        return Objects.toString(value, WITHHELD);
    }
}
