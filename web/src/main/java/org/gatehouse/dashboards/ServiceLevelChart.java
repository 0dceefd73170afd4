package org.gatehouse.dashboards;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Each rate's total on the service-level dashboard as a Chart.js bar configuration for
 * {@code p:chart}: one bar per service level in percent, coloured by its red/amber/green status
 * (grey without a target), withheld rates left empty; each bar carries its numerator, denominator
 * and target for the tooltip ({@code gatehouseServiceLevelChart} in dashboards.js). The referral
 * lead time, a mean in days, is in the table only.
 */
final class ServiceLevelChart {

    private static final Map<Rag, String> COLOURS = Map.of(Rag.GREEN, "#2e7d32", Rag.AMBER, "#c77c02", Rag.RED,
            "#b03a2e", Rag.NONE, "#8a94a0");

    private ServiceLevelChart() {
    }

    /** The configuration, or null when no rate has a total to show. */
    static String config(List<ServiceLevelDashboard.Figures> figures) {
        List<ServiceLevelDashboard.Figures> totals = figures.stream()
                .filter(f -> !f.mean() && Suppression.ALL.equals(f.group())).toList();
        if (totals.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder numerators = Json.createArrayBuilder();
        JsonArrayBuilder denominators = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (ServiceLevelDashboard.Figures f : totals) {
            labels.add(f.measure());
            if (f.value() == null) {
                data.addNull();
                numerators.addNull();
                denominators.addNull();
            } else {
                data.add(f.value().movePointRight(2).setScale(1, RoundingMode.HALF_UP));
                numerators.add(f.numerator());
                denominators.add(f.denominator());
            }
            colours.add(COLOURS.get(f.rag()));
            targets.add(f.targetText());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text("serviceLevels.chartRate")).add("data", data)
                                .add("backgroundColor", colours).add("numerators", numerators)
                                .add("denominators", denominators).add("targets", targets))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0)
                                .add("max", 100).add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", text("serviceLevels.chartAxis")))))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", text("serviceLevels.chartTitle")))))
                .build().toString();
    }
}
