package org.gatehouse.dashboards;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The trend of the proven reoffending rate over cohorts as a Chart.js configuration for
 * {@code p:chart}: the cohorts' rate in its 95% interval band, one line per group when broken
 * down, and the baseline as a dashed line. Withheld rates are gaps. Each point carries its
 * numerator and denominator for the tooltip ({@code gatehouseReoffendingChart} in dashboards.js).
 */
final class ReoffendingTrendChart {

    private static final String[] PALETTE = {"#8a4f9e", "#2e8b57", "#c77c02", "#0f7c91", "#a23b3b", "#5b6770"};

    private ReoffendingTrendChart() {
    }

    /** The configuration; baseline is a rate in percent, or null for none. */
    static String config(List<ReoffendingDashboard.Figures> figures, BigDecimal baseline) {
        List<String> cohorts = figures.stream().map(ReoffendingDashboard.Figures::cohort).distinct().toList();
        Map<String, Map<String, ReoffendingDashboard.Figures>> byGroup = new LinkedHashMap<>();
        for (ReoffendingDashboard.Figures line : figures) {
            byGroup.computeIfAbsent(line.group(), g -> new LinkedHashMap<>()).put(line.cohort(), line);
        }
        Map<String, ReoffendingDashboard.Figures> totals = byGroup.getOrDefault(Suppression.ALL, Map.of());
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(text("reoffending.chartUpper"), cohorts, totals, ReoffendingDashboard.Figures::rateCiHigh)
                        .add("borderColor", "rgba(0,0,0,0)").add("backgroundColor", "rgba(47,95,158,0.18)")
                        .add("pointRadius", 0).add("fill", false).add("band", true))
                .add(line(text("reoffending.chartLower"), cohorts, totals, ReoffendingDashboard.Figures::rateCiLow)
                        .add("borderColor", "rgba(0,0,0,0)").add("backgroundColor", "rgba(47,95,158,0.18)")
                        .add("pointRadius", 0).add("fill", "-1").add("band", true))
                .add(withCounts(line(text("reoffending.chartAll"), cohorts, totals,
                        ReoffendingDashboard.Figures::rate), cohorts, totals)
                        .add("borderColor", "#2f5f9e").add("backgroundColor", "#2f5f9e").add("borderWidth", 3)
                        .add("fill", false));
        int colour = 0;
        for (Map.Entry<String, Map<String, ReoffendingDashboard.Figures>> group : byGroup.entrySet()) {
            if (!group.getKey().equals(Suppression.ALL)) {
                String paint = PALETTE[colour++ % PALETTE.length];
                datasets.add(withCounts(line(group.getKey(), cohorts, group.getValue(),
                        ReoffendingDashboard.Figures::rate), cohorts, group.getValue())
                        .add("borderColor", paint).add("backgroundColor", paint).add("fill", false));
            }
        }
        if (baseline != null) {
            JsonArrayBuilder flat = Json.createArrayBuilder();
            cohorts.forEach(c -> flat.add(baseline));
            datasets.add(Json.createObjectBuilder()
                    .add("label", text("reoffending.chartBaseline", baseline.toPlainString()))
                    .add("data", flat).add("borderColor", "#b03a2e").add("borderDash", Json.createArrayBuilder()
                            .add(6).add(4)).add("pointRadius", 0).add("fill", false));
        }
        JsonObjectBuilder yAxis = Json.createObjectBuilder().add("min", 0).add("suggestedMax", 60)
                .add("title", Json.createObjectBuilder().add("display", true)
                        .add("text", text("reoffending.chartAxis")));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(cohorts))
                        .add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("spanGaps", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", yAxis))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", text("reoffending.chartTitle")))))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, List<String> cohorts,
                                          Map<String, ReoffendingDashboard.Figures> byCohort,
                                          Function<ReoffendingDashboard.Figures, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (String cohort : cohorts) {
            ReoffendingDashboard.Figures figures = byCohort.get(cohort);
            BigDecimal rate = figures == null ? null : value.apply(figures);
            if (rate == null) {
                data.addNull();
            } else {
                data.add(rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    /** The rate's numerator and denominator per point, for its tooltip (null where withheld). */
    private static JsonObjectBuilder withCounts(JsonObjectBuilder line, List<String> cohorts,
                                                Map<String, ReoffendingDashboard.Figures> byCohort) {
        List<Long> reoffenders = new ArrayList<>();
        List<Long> measurable = new ArrayList<>();
        for (String cohort : cohorts) {
            ReoffendingDashboard.Figures figures = byCohort.get(cohort);
            boolean shown = figures != null && figures.rate() != null;
            reoffenders.add(shown ? figures.reoffenders() : null);
            measurable.add(shown ? figures.measurable() : null);
        }
        return line.add("reoffenders", numbers(reoffenders)).add("measurable", numbers(measurable));
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
        return array;
    }
}
