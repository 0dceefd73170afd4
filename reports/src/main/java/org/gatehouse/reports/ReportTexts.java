package org.gatehouse.reports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.dashboards.DashboardViewer;

/** What the printed reports say alike: whose view of the dashboards it is, and when it was made. */
final class ReportTexts {

    /** Shown for a withheld figure. */
    static final String WITHHELD = "–";

    private ReportTexts() {
    }

    /** The cover's words on the view: the commissioners' suppression, or an agency's own figures. */
    static String view(DashboardViewer viewer) {
        return viewer.commissioner()
                ? "Commissioner view: every agency. Any count below " + viewer.threshold() + " is withheld ("
                + WITHHELD + "), with whatever is derived from it or would give it away by subtraction."
                : "Agency view: " + viewer.agency() + "'s own figures, unsuppressed. Not for publication.";
    }

    /** The cover's and page headers' parameters of a dashboard's printed report. */
    static Map<String, Object> cover(String title, DashboardViewer viewer, String filters, String generatedAt,
                                     String definitions) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", title);
        parameters.put("VIEW", view(viewer));
        parameters.put("FILTERS", filters);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("DEFINITIONS", definitions);
        return parameters;
    }

    /** A breakdown in words ("by program"), none for none. */
    static Optional<String> by(String breakdown) {
        return breakdown == null || breakdown.isBlank() || breakdown.strip().equals("NONE") ? Optional.empty()
                : Optional.of("by " + breakdown.strip().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** Now, to the minute, as the cover and the file name give it. */
    static String generatedAt(Clock clock) {
        return LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
