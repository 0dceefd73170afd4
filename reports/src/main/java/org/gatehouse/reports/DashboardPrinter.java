package org.gatehouse.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.dashboards.DashboardViewer;

/**
 * What every dashboard's printed report does alike: CSV of its figures, or its design filled with
 * the cover's words (whose view, which filters, when, the definitions); audited as an export; named
 * by its day.
 */
@ApplicationScoped
class DashboardPrinter {

    @Inject
    private ReportRenderer renderer;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * One dashboard's report: its file name's stem, what the audit trail calls it and counts of it
     * ("12 lines"), its design, its cover's title, filters in words and definitions.
     */
    record Print(String fileStem, String audited, String lines, String design, String title, String filters,
                 String definitions) {
    }

    /**
     * The report in {@code format}: {@code csv} made for CSV, else the design filled with {@code rows}
     * and the cover's parameters (and {@code more} of the design's own).
     */
    RenderedReport print(Print print, DashboardViewer viewer, ReportFormat format, Supplier<byte[]> csv,
                         List<Map<String, ?>> rows, Map<String, Object> more) {
        String generated = ReportTexts.generatedAt(clock);
        byte[] content;
        if (format == ReportFormat.CSV) {
            content = csv.get();
        } else {
            Map<String, Object> parameters = ReportTexts.cover(print.title(), viewer, print.filters(), generated,
                    print.definitions());
            parameters.putAll(more);
            content = renderer.render(print.design(), parameters, rows, format);
        }
        audit.recordNow(AuditKind.EXPORT, viewer.caller().agencyId(), print.audited(), null, print.lines() + " as "
                + format + (viewer.commissioner() ? ", suppressed" : ""));
        return new RenderedReport(print.fileStem() + "-" + generated.substring(0, 10) + "." + format.extension(),
                format.contentType(), content);
    }
}
