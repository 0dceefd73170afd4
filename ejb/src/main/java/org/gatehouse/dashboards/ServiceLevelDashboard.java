package org.gatehouse.dashboards;

import java.io.Serializable;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.warehouse.ReoffendingMeasures;
import org.gatehouse.warehouse.ServiceLevelDefinition;

/**
 * The service-level dashboard: DESIGN.md's service levels summed over the chosen months from the
 * warehouse's monthly snapshot ({@code fact_service_level}), per group of the chosen breakdown and
 * in total, each against the target in force with its red/amber/green status. The same two views
 * as the reoffending dashboard ({@link DashboardAccess}): commissioners every agency with small
 * counts withheld, an agency its own in full.
 */
@Stateless
public class ServiceLevelDashboard {

    private static final String PLACES = "join warehouse.dim_agency a on a.agency_key = f.agency_key "
            + "join warehouse.dim_program pr on pr.program_key = f.program_key "
            + "join warehouse.dim_region r on r.region_key = f.region_key";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private DashboardAccess access;

    @Inject
    private ServiceLevelTargets targets;

    @Inject
    private PublishedTables published;

    /** What the commissioners' table adds up a service level's monthly facts over. */
    static final List<String> DIMENSIONS = List.of(ServiceLevelBreakdown.AGENCY.name(),
            ServiceLevelBreakdown.PROGRAM.name(), ServiceLevelBreakdown.REGION.name());

    /**
     * One line: a service level in a group (or {@link Suppression#ALL}); {@code value} is the rate
     * (0-1, with its 95% Wilson interval) or, for a mean, days; null where withheld.
     */
    public record Figures(String measure, String meaning, boolean mean, String group, boolean suppressed,
                          Long numerator, Long denominator, BigDecimal value, BigDecimal ciLow, BigDecimal ciHigh,
                          BigDecimal greenFrom, BigDecimal amberFrom, Rag rag) implements Serializable {

        /** The value as screens and reports show it: a rate in percent with its interval, a mean in days; – withheld. */
        public String valueText() {
            if (value == null) {
                return "–";
            }
            return mean ? value.toPlainString() + " days" : ReoffendingMeasure.percent(value) + " ("
                    + ReoffendingMeasure.percent(ciLow) + "–" + ReoffendingMeasure.percent(ciHigh) + ")";
        }

        /** The target in force as shown: its green and amber bands; – for none. */
        public String targetText() {
            if (greenFrom == null) {
                return "–";
            }
            String unit = mean ? " days" : "%";
            return "green ≥ " + greenFrom.stripTrailingZeros().toPlainString() + unit + ", amber ≥ "
                    + amberFrom.stripTrailingZeros().toPlainString() + unit;
        }

        /** Whether its denominator is every case released in its months: those a drill-down can list. */
        public boolean countsEveryRelease() {
            return ServiceLevelDefinition.all().stream().anyMatch(l -> l.code().equals(measure)
                    && l.released() == ServiceLevelDefinition.Released.EVERY);
        }

        /** What the numerator counts. */
        public String numeratorMeaning() {
            return ServiceLevelDefinition.numeratorMeaning(mean);
        }

        /** What the denominator counts. */
        public String denominatorMeaning() {
            return ServiceLevelDefinition.denominatorMeaning(mean);
        }
    }

    /**
     * Refuses what {@link #figures} would, without reading a figure: the caller's access, then every
     * fault at once (the filter's, the breakdown's, a commissioner's second filter). The viewer the
     * figures are for.
     */
    public DashboardViewer check(ServiceLevelFilter filter, String breakdown) {
        DashboardViewer viewer = access.viewer("see the service-level dashboard", filter.agency());
        List<Violation> violations = new ArrayList<>(viewer.commissioner() ? filter.violations()
                : filter.forAgency(viewer.agency()).violations());
        if (ServiceLevelBreakdown.named(breakdown).isEmpty()) {
            violations.add(new Violation("breakdown", "must be one of "
                    + String.join(", ", ServiceLevelBreakdown.names())));
        }
        if (viewer.commissioner()) {
            violations.addAll(PublishedTable.oneFilter(filter.places()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return viewer;
    }

    /**
     * The service levels the caller may see for the filter, broken down as named (blank: totals
     * only), each level's groups then its total. Refused by field for a wrong filter or breakdown,
     * and as {@link DashboardAccess} refuses.
     */
    public List<Figures> figures(ServiceLevelFilter filter, String breakdown) {
        DashboardViewer viewer = check(filter, breakdown);
        ServiceLevelBreakdown named = ServiceLevelBreakdown.named(breakdown).orElseThrow(); // checked just now
        if (viewer.commissioner()) {
            return published(filter, named, viewer.threshold());
        }
        ServiceLevelFilter own = filter.forAgency(viewer.agency());
        Map<List<String>, long[]> sums = published.answer(List.of(viewer.agency(), "service-levels", own, named),
                db -> agencySums(db, own, named));
        List<Suppression.CountRow> counts = new ArrayList<>();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            sums.keySet().stream().filter(k -> k.get(0).equals(level.code()) && !k.get(1).equals(Suppression.ALL))
                    .sorted((a, b) -> a.get(1).compareTo(b.get(1)))
                    .forEach(key -> counts.add(countRow(key, sums.get(key), level)));
            List<String> total = List.of(level.code(), Suppression.ALL);
            if (sums.containsKey(total)) {
                counts.add(countRow(total, sums.get(total), level));
            }
        }
        Map<String, ServiceLevelTargets.Target> inForce = targets.inForce();
        List<Figures> figures = new ArrayList<>();
        // an agency's own figures: nothing is withheld (threshold 1)
        for (Suppression.Suppressed row : Suppression.apply(counts, viewer.threshold())) {
            ServiceLevelDefinition level = ServiceLevelTargets.definition(row.key().get(0));
            figures.add(figures(row, level, row.key().get(1), sums.get(row.key())[0], inForce.get(level.code()),
                    viewer.threshold()));
        }
        return figures;
    }

    /**
     * The commissioners' figures, from the published table of every service level's quarters and
     * their months ({@link PublishedTable}): a range of months is the sum of the quarters it holds
     * whole and of its other months, withheld wherever one of them is, so that no two ranges can be
     * subtracted to give a withheld quarter or month.
     */
    private List<Figures> published(ServiceLevelFilter filter, ServiceLevelBreakdown by, int threshold) {
        PublishedTable table = published.table(ReleaseTables.NAME, threshold, ReleaseTables::read)
                .serviceLevels();
        String dimension = by == ServiceLevelBreakdown.MONTH ? PublishedTable.MONTH : by == ServiceLevelBreakdown.NONE ? null : by.name();
        List<PublishedTable.Line> lines = new ArrayList<>();
        for (List<String> lead : table.leads()) {
            List<String> months = new ArrayList<>();
            for (YearMonth month : quarterMonths(lead.get(1))) {
                if ((filter.monthFrom() == null || month.toString().compareTo(filter.monthFrom()) >= 0)
                        && (filter.monthTo() == null || month.toString().compareTo(filter.monthTo()) <= 0)) {
                    months.add(month.toString());
                }
            }
            if (months.size() == 3) {
                lines.addAll(table.lines(lead, filter.placesSet(), dimension));
                continue;
            }
            for (String month : months) {
                Map<String, String> fixed = new HashMap<>(filter.placesSet());
                fixed.put(PublishedTable.MONTH, month);
                // a month without facts is left out, as a whole quarter's breakdown leaves it out
                if (table.holds(lead, fixed)) {
                    lines.addAll(table.lines(lead, fixed, dimension));
                }
            }
        }
        Map<List<String>, PublishedTable.Line> added = new HashMap<>();
        for (PublishedTable.Line line : PublishedTable.added(lines, lead -> List.of(lead.get(0)))) {
            added.put(List.of(line.lead().get(0), line.group()), line);
        }
        Map<String, ServiceLevelTargets.Target> inForce = targets.inForce();
        List<Figures> figures = new ArrayList<>();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            added.keySet().stream().filter(k -> k.get(0).equals(level.code()) && !k.get(1).equals(Suppression.ALL))
                    .sorted((a, b) -> a.get(1).compareTo(b.get(1)))
                    .forEach(key -> figures.add(figures(added.get(key), level, inForce, threshold)));
            PublishedTable.Line total = added.get(List.of(level.code(), Suppression.ALL));
            if (total != null) {
                figures.add(figures(total, level, inForce, threshold));
            }
        }
        return figures;
    }

    /** The months of a quarter such as {@code 2025-Q1}. */
    private static List<YearMonth> quarterMonths(String quarter) {
        YearMonth first = YearMonth.of(Integer.parseInt(quarter.substring(0, 4)),
                3 * (quarter.charAt(6) - '1') + 1);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    private static Figures figures(PublishedTable.Line line, ServiceLevelDefinition level,
                                   Map<String, ServiceLevelTargets.Target> inForce, int threshold) {
        return figures(line.counts(), level, line.group(), line.sum("numerator"), inForce.get(level.code()),
                threshold);
    }

    /**
     * Every service level's monthly facts, added up per (service level, quarter) over its months,
     * agency, program and region (suppressed by {@link ReleaseTables}).
     */
    static PublishedTable.Builder builder(Connection db) throws SQLException {
        Map<String, ServiceLevelDefinition> levels = new HashMap<>();
        ServiceLevelDefinition.all().forEach(l -> levels.put(l.code(), l));
        PublishedTable.Builder table = new PublishedTable.Builder(PublishedTable.MONTH, DIMENSIONS);
        try (PreparedStatement query = db.prepareStatement("select f.measure, f.month_start, a.code, pr.code, r.code, "
                + "f.numerator, f.denominator from warehouse.fact_service_level f " + PLACES);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ServiceLevelDefinition level = levels.get(row.getString(1));
                if (level == null) {
                    continue;
                }
                long[] sums = {row.getLong(6), row.getLong(7)};
                LocalDate month = row.getDate(2).toLocalDate();
                table.add(List.of(level.code(), ReoffendingMeasures.cohort(month)),
                        List.of(Set.of(YearMonth.from(month).toString()), Set.of(row.getString(3)),
                                Set.of(row.getString(4)), Set.of(row.getString(5))),
                        countRow(List.of(), sums, level).counts(),
                        level.mean() ? Map.of("numerator", sums[0]) : Map.of());
            }
        }
        return table;
    }

    /** An agency's sums, for its totals and (unless none) by the breakdown; never changed once read. */
    private static Map<List<String>, long[]> agencySums(Connection db, ServiceLevelFilter filter,
                                                        ServiceLevelBreakdown breakdown) throws SQLException {
        Map<List<String>, long[]> sums = new HashMap<>();
        sums(db, filter, ServiceLevelBreakdown.NONE, sums);
        if (breakdown != ServiceLevelBreakdown.NONE) {
            sums(db, filter, breakdown, sums);
        }
        return Map.copyOf(sums);
    }

    /** Numerator and denominator summed per (service level, group); the group is ALL without a breakdown. */
    private static void sums(Connection db, ServiceLevelFilter filter, ServiceLevelBreakdown breakdown,
                             Map<List<String>, long[]> sums) throws SQLException {
        Where where = new Where().and("f.month_start >= ?", filter.firstDay())
                .and("f.month_start <= ?", filter.lastMonth()).and("a.code = ?", filter.agency())
                .and("pr.code = ?", filter.program()).and("r.code = ?", filter.region());
        boolean grouped = breakdown != ServiceLevelBreakdown.NONE;
        String group = grouped ? ", " + breakdown.group() : "";
        String sql = "select f.measure" + (grouped ? group : ", 'ALL'") + ", sum(f.numerator), sum(f.denominator) "
                + "from warehouse.fact_service_level f " + PLACES
                + where + " group by f.measure" + group;
        try (PreparedStatement query = db.prepareStatement(sql)) {
            where.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String key = grouped ? row.getString(2) : Suppression.ALL;
                    if (breakdown == ServiceLevelBreakdown.MONTH) {
                        key = key.substring(0, 7);
                    }
                    sums.put(List.of(row.getString(1), key), new long[] {row.getLong(3), row.getLong(4)});
                }
            }
        }
    }

    /** What suppression looks at: both counts of a rate; of a mean only the denominator (the numerator is days). */
    private static Suppression.CountRow countRow(List<String> key, long[] sums, ServiceLevelDefinition level) {
        return new Suppression.CountRow(key, level.mean() ? Map.of("denominator", sums[1])
                : Map.of("numerator", sums[0], "denominator", sums[1]));
    }

    private static Figures figures(Suppression.Suppressed row, ServiceLevelDefinition level, String group, long days,
                                   ServiceLevelTargets.Target target, int threshold) {
        Long denominator = row.count("denominator");
        boolean shown = denominator != null && denominator >= threshold && denominator > 0;
        Long numerator;
        BigDecimal value = null;
        BigDecimal low = null;
        BigDecimal high = null;
        BigDecimal judged = null;
        if (level.mean()) {
            numerator = denominator == null ? null : days;
            if (shown) {
                value = ReoffendingMeasures.ratio(days, denominator, 1);
                judged = value;
            }
        } else {
            numerator = row.count("numerator");
            if (shown && numerator != null) {
                value = ReoffendingMeasures.ratio(numerator, denominator, 4);
                low = ReoffendingMeasures.wilson(numerator, denominator, -1);
                high = ReoffendingMeasures.wilson(numerator, denominator, 1);
                judged = value.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
            }
        }
        return new Figures(level.code(), level.meaning(), level.mean(), group, row.suppressed(),
                numerator, denominator, value, low, high, target == null ? null : target.greenFrom(),
                target == null ? null : target.amberFrom(), target == null ? Rag.NONE : target.rag(judged));
    }
}
