package org.gatehouse.dashboards;

import java.io.Serializable;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.warehouse.ReoffendingMeasures;

/**
 * The reoffending dashboard's figures (FORMATS.md §3 measures), from the warehouse's cohort members:
 * per release cohort and group of the chosen {@link Breakdown}, with the cohort's total
 * ({@link Suppression#ALL}). Two views of the same figures: a commissioner sees every agency,
 * suppressed ({@link Suppression}); an agency's staff see their own agency only, unsuppressed.
 */
@Stateless
public class ReoffendingDashboard {

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    /** A member's enrolment as the dashboards place it: agency and program of the member, region and person now. */
    static final String MEMBER_JOINS = "join warehouse.dim_participant d on d.participant_key = m.participant_key "
            + "and d.is_current join warehouse.dim_agency a on a.agency_key = m.agency_key "
            + "join warehouse.dim_program pr on pr.program_key = m.program_key "
            + "join warehouse.dim_region r on r.region_key = d.region_key ";

    @Inject
    private DashboardAccess access;

    @Inject
    private PublishedTables published;

    /** One line of the dashboard: a cohort's group (or its total), null where withheld. */
    public record Figures(String cohort, String group, boolean suppressed, Long members, Long measurable,
                          Long notYetMeasurable, Long reoffenders, BigDecimal rate, BigDecimal rateCiLow,
                          BigDecimal rateCiHigh, Long reoffences, BigDecimal frequency, BigDecimal meanDaysToFirst,
                          Long custody12m, BigDecimal custody12mRate, Long measurable24m, Long custody24m,
                          BigDecimal custody24mRate) implements Serializable {

        /** A line's figures from its counts as shown: derived figures only where FORMATS.md §3 allows. */
        static Figures of(String cohort, String group, Suppression.Suppressed row, long daysToFirst, int threshold) {
            DerivedFigures shown = DerivedFigures.shown(row, threshold);
            Long measurable = row.count("measurable");
            Long reoffenders = row.count("reoffenders");
            return new Figures(cohort, group, row.suppressed(), row.count("members"), measurable,
                    row.count("not_yet_measurable"), reoffenders,
                    shown.rate() ? ReoffendingMeasures.ratio(reoffenders, measurable, 4) : null,
                    shown.rate() ? ReoffendingMeasures.wilson(reoffenders, measurable, -1) : null,
                    shown.rate() ? ReoffendingMeasures.wilson(reoffenders, measurable, 1) : null,
                    row.count("reoffences"),
                    shown.frequency() ? ReoffendingMeasures.ratio(row.count("reoffences"), measurable, 4) : null,
                    shown.meanDaysToFirst() ? ReoffendingMeasures.ratio(daysToFirst, reoffenders, 1) : null,
                    row.count("custody_12m"),
                    shown.custody12mRate() ? ReoffendingMeasures.ratio(row.count("custody_12m"), measurable, 4) : null,
                    row.count("measurable_24m"), row.count("custody_24m"),
                    shown.custody24mRate()
                            ? ReoffendingMeasures.ratio(row.count("custody_24m"), row.count("measurable_24m"), 4) : null);
        }
    }

    /** A value a filter may take: its code and what the screen shows for it. */
    public record Choice(String code, String label) implements Serializable {
    }

    /** The cohorts, agencies, programs and regions the caller's view holds, to filter by. */
    public record Choices(List<String> cohorts, List<Choice> agencies, List<Choice> programs, List<Choice> regions)
            implements Serializable {
    }

    /** What the caller's view of the warehouse can be filtered by (an agency's staff: their own agency's). */
    public Choices choices() {
        DashboardViewer viewer = access.viewer("see the reoffending dashboard");
        return published.answer(List.of(viewer.commissioner() ? "" : viewer.agency(), "choices"),
                db -> choices(db, viewer));
    }

    private static Choices choices(Connection db, DashboardViewer viewer) throws SQLException {
        String agency = viewer.commissioner() ? "" : " where a.code = ?";
        List<String> cohorts = new ArrayList<>();
        for (Choice cohort : choices(db, "select distinct m.cohort, m.cohort from warehouse.fact_reoffending_member m "
                + "join warehouse.dim_agency a on a.agency_key = m.agency_key" + agency + " order by 1", viewer)) {
            cohorts.add(cohort.code());
        }
        return new Choices(List.copyOf(cohorts),
                choices(db, "select a.code, a.name from warehouse.dim_agency a" + agency + " order by 1, 2", viewer),
                choices(db, "select p.code, p.name from warehouse.dim_program p join warehouse.dim_agency a on "
                        + "a.agency_key = p.agency_key" + agency + " order by 1, 2", viewer),
                choices(db, "select r.code, r.name from warehouse.dim_region r join warehouse.dim_agency a on "
                        + "a.agency_key = r.agency_key" + agency + " order by 1, 2", viewer));
    }

    /** Code and name of each row, once per code (the first name, where agencies name a code differently). */
    private static List<Choice> choices(Connection db, String sql, DashboardViewer viewer) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (!viewer.commissioner()) {
                query.setString(1, viewer.agency());
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    labels.putIfAbsent(row.getString(1), row.getString(2));
                }
            }
        }
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getKey().equals(e.getValue())
                ? e.getKey() : e.getValue() + " (" + e.getKey() + ")")).toList();
    }

    /**
     * Refuses what {@link #figures(ReoffendingFilter, String)} would, without reading a figure: the
     * caller's access, then every fault at once (the filter's, the breakdown's, a commissioner's
     * second filter). The viewer the figures are for.
     */
    public DashboardViewer check(ReoffendingFilter filter, String breakdown) {
        DashboardViewer viewer = access.viewer("see the reoffending dashboard", filter.agency());
        List<Violation> violations = new ArrayList<>(viewer.commissioner() ? filter.violations()
                : filter.forAgency(viewer.agency()).violations());
        if (Breakdown.named(breakdown).isEmpty()) {
            violations.add(new Violation("breakdown", "must be one of " + String.join(", ", Breakdown.names())));
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
     * The figures the caller may see for the filter, broken down as a link or request names it
     * (blank: totals only), cohort by cohort (each cohort's groups, then its total). Refused as
     * {@link #check} refuses.
     */
    public List<Figures> figures(ReoffendingFilter filter, String breakdown) {
        DashboardViewer viewer = check(filter, breakdown);
        Breakdown by = Breakdown.named(breakdown).orElseThrow();
        if (viewer.commissioner()) {
            return published(filter, by, viewer.threshold());
        }
        ReoffendingFilter own = filter.forAgency(viewer.agency());
        AgencyCounts counts = published.answer(List.of(viewer.agency(), "reoffending", own, by),
                db -> agencyCounts(db, own, by));
        List<Figures> figures = new ArrayList<>();
        for (Suppression.Suppressed row : Suppression.apply(counts.rows(), viewer.threshold())) {
            figures.add(Figures.of(row.key().get(0), row.key().get(1), row, counts.daysToFirst().get(row.key()),
                    viewer.threshold()));
        }
        return figures;
    }

    /** As {@link #figures(ReoffendingFilter, String)}, broken down as given. */
    public List<Figures> figures(ReoffendingFilter filter, Breakdown breakdown) {
        return figures(filter, breakdown.name());
    }

    /**
     * The commissioners' figures: read from the published table ({@link ReoffendingTable}), one
     * filter at a time besides the cohorts, so that every figure is a cell withheld or shown the
     * same way in every request and export.
     */
    private List<Figures> published(ReoffendingFilter filter, Breakdown breakdown, int threshold) {
        PublishedTable table = published.table(ReleaseTables.NAME, threshold, ReleaseTables::read).reoffending();
        List<Figures> figures = new ArrayList<>();
        for (List<String> lead : table.leads()) {
            String cohort = lead.get(0);
            if ((filter.cohortFrom() == null || cohort.compareTo(filter.cohortFrom()) >= 0)
                    && (filter.cohortTo() == null || cohort.compareTo(filter.cohortTo()) <= 0)) {
                List<PublishedTable.Line> lines = table.lines(lead, ReoffendingTable.fixed(filter),
                        breakdown == Breakdown.NONE ? null : breakdown.name());
                // a cohort with nobody under the filter is left out, as in an agency's view
                if (!Long.valueOf(0).equals(lines.get(lines.size() - 1).count("members"))) {
                    lines.forEach(line -> figures.add(Figures.of(cohort, line.group(), line.counts(),
                            line.sum("days_to_first"), threshold)));
                }
            }
        }
        return figures;
    }

    /** An agency's cohorts: each cohort's groups then its total, and the days to a first reoffence of each line. */
    private record AgencyCounts(List<Suppression.CountRow> rows, Map<List<String>, Long> daysToFirst) {
    }

    private static AgencyCounts agencyCounts(Connection db, ReoffendingFilter filter, Breakdown by)
            throws SQLException {
        List<Suppression.CountRow> counts = new ArrayList<>();
        Map<List<String>, Long> daysToFirst = new HashMap<>();
        List<Suppression.CountRow> totals = counts(db, filter, Breakdown.NONE, daysToFirst);
        List<Suppression.CountRow> groups = by == Breakdown.NONE ? List.of() : counts(db, filter, by, daysToFirst);
        for (Suppression.CountRow total : totals) {
            groups.stream().filter(g -> g.key().get(0).equals(total.key().get(0))).forEach(counts::add);
            counts.add(total);
        }
        return new AgencyCounts(List.copyOf(counts), Map.copyOf(daysToFirst));
    }

    /** The cohorts' sums by group ({@link Breakdown#NONE}: the totals, group {@code ALL}). */
    private static List<Suppression.CountRow> counts(Connection db, ReoffendingFilter filter, Breakdown breakdown,
                                                     Map<List<String>, Long> daysToFirst) throws SQLException {
        Where where = new Where().and("m.cohort >= ?", filter.cohortFrom()).and("m.cohort <= ?", filter.cohortTo())
                .and("a.code = ?", filter.agency()).and("pr.code = ?", filter.program())
                .and("r.code = ?", filter.region()).and("d.gender = ?", filter.gender())
                .and("coalesce(d.indigenous_status, 'NOT_STATED') = ?", filter.indigenousStatus())
                .and("exists (select 1 from warehouse.bridge_participant_vulnerability f where "
                        + "f.participant_key = m.participant_key and f.vulnerability_key = ?)", filter.vulnerability());
        boolean grouped = breakdown != Breakdown.NONE;
        String group = grouped ? ", " + breakdown.group() : "";
        String sql = "select m.cohort" + (grouped ? group : ", 'ALL'") + ", count(*), sum(case when m.measurable then 1 else 0 end), "
                + "sum(case when m.reoffender then 1 else 0 end), sum(m.reoffences), "
                + "sum(case when m.custody_12m then 1 else 0 end), sum(case when m.measurable_24m then 1 else 0 end), "
                + "sum(case when m.custody_24m then 1 else 0 end), coalesce(sum(m.days_to_first), 0) "
                + "from warehouse.fact_reoffending_member m " + MEMBER_JOINS
                + (breakdown == Breakdown.VULNERABILITY ? "left join warehouse.bridge_participant_vulnerability v on "
                        + "v.participant_key = m.participant_key " : "")
                + where + " group by m.cohort" + group + " order by m.cohort" + group;
        List<Suppression.CountRow> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            where.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<String> key = List.of(row.getString(1), grouped ? row.getString(2) : Suppression.ALL);
                    long members = row.getLong(3);
                    long measurable = row.getLong(4);
                    rows.add(new Suppression.CountRow(key, Map.of("members", members, "measurable", measurable,
                            "not_yet_measurable", members - measurable, "reoffenders", row.getLong(5),
                            "reoffences", row.getLong(6), "custody_12m", row.getLong(7),
                            "measurable_24m", row.getLong(8), "custody_24m", row.getLong(9))));
                    daysToFirst.put(key, row.getLong(10));
                }
            }
        }
        return rows;
    }
}
