package org.gatehouse.dashboards;

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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.warehouse.ReoffendingMeasures;

/**
 * The reoffending dashboard's figures (FORMATS.md §3 measures), from the warehouse's cohort members:
 * per release cohort and group of the chosen {@link Breakdown}, with the cohort's total
 * ({@link Suppression#ALL}). Two views of the same figures: a commissioner sees every agency,
 * suppressed ({@link Suppression}); an agency's staff see their own agency only, unsuppressed.
 */
@Stateless
public class ReoffendingDashboard {

    /** Who in an agency sees its own figures. */
    static final Role[] AGENCY_READERS = {Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER};
    /** Server system property: counts below it are withheld from commissioners (FORMATS.md §3: 5). */
    public static final String THRESHOLD_PROPERTY = "gatehouse.suppression.threshold";

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    /** One line of the dashboard: a cohort's group (or its total), null where withheld. */
    public record Figures(String cohort, String group, boolean suppressed, Long members, Long measurable,
                          Long notYetMeasurable, Long reoffenders, BigDecimal rate, BigDecimal rateCiLow,
                          BigDecimal rateCiHigh, Long reoffences, BigDecimal frequency, BigDecimal meanDaysToFirst,
                          Long custody12m, BigDecimal custody12mRate, Long measurable24m, Long custody24m,
                          BigDecimal custody24mRate) {
    }

    /**
     * The figures the caller may see for the filter, broken down as asked, cohort by cohort (each
     * cohort's groups, then its total). Refused with the fields at fault when the filter is wrong,
     * and for anybody but a commissioner or an agency's staff, or an agency's staff asking for
     * another agency.
     */
    public List<Figures> figures(ReoffendingFilter filter, Breakdown breakdown) {
        Caller caller = access.current();
        boolean commissioner = caller.has(Role.COMMISSIONER);
        if (!commissioner) {
            caller = access.requireAgencyRole("see the reoffending dashboard", AGENCY_READERS);
            if (caller.isSystem()) {
                throw access.denied(caller, "see the reoffending dashboard (people only)");
            }
            if (filter.agency() != null && !filter.agency().equals(caller.agencyCode())) {
                throw access.denied(caller, "see another agency's reoffending figures");
            }
            filter = filter.forAgency(caller.agencyCode());
        }
        List<Violation> violations = filter.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Suppression.CountRow> counts = new ArrayList<>();
        Map<List<String>, Long> daysToFirst = new HashMap<>();
        try (Connection db = dataSource.getConnection()) {
            List<Suppression.CountRow> totals = counts(db, filter, Breakdown.NONE, daysToFirst);
            List<Suppression.CountRow> groups = breakdown == Breakdown.NONE ? List.of()
                    : counts(db, filter, breakdown, daysToFirst);
            for (Suppression.CountRow total : totals) {
                groups.stream().filter(g -> g.key().get(0).equals(total.key().get(0))).forEach(counts::add);
                counts.add(total);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reoffending figures cannot be read", e);
        }
        int threshold = commissioner ? threshold() : 1;
        List<Figures> figures = new ArrayList<>();
        for (Suppression.Suppressed row : Suppression.apply(counts, threshold)) {
            figures.add(figures(row, daysToFirst.get(row.key()), threshold));
        }
        return figures;
    }

    /** The cohorts' sums by group ({@link Breakdown#NONE}: the totals, group {@code ALL}). */
    private static List<Suppression.CountRow> counts(Connection db, ReoffendingFilter filter, Breakdown breakdown,
                                                     Map<List<String>, Long> daysToFirst) throws SQLException {
        List<String> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, parameters, "m.cohort >= ?", filter.cohortFrom());
        condition(where, parameters, "m.cohort <= ?", filter.cohortTo());
        condition(where, parameters, "a.code = ?", filter.agency());
        condition(where, parameters, "pr.code = ?", filter.program());
        condition(where, parameters, "r.code = ?", filter.region());
        condition(where, parameters, "d.gender = ?", filter.gender());
        condition(where, parameters, "coalesce(d.indigenous_status, 'NOT_STATED') = ?", filter.indigenousStatus());
        condition(where, parameters, "exists (select 1 from warehouse.bridge_participant_vulnerability f where "
                + "f.participant_key = m.participant_key and f.vulnerability_key = ?)", filter.vulnerability());
        boolean grouped = breakdown != Breakdown.NONE;
        String group = grouped ? ", " + breakdown.group() : "";
        String sql = "select m.cohort" + (grouped ? group : ", 'ALL'") + ", count(*), sum(case when m.measurable then 1 else 0 end), "
                + "sum(case when m.reoffender then 1 else 0 end), sum(m.reoffences), "
                + "sum(case when m.custody_12m then 1 else 0 end), sum(case when m.measurable_24m then 1 else 0 end), "
                + "sum(case when m.custody_24m then 1 else 0 end), coalesce(sum(m.days_to_first), 0) "
                + "from warehouse.fact_reoffending_member m "
                + "join warehouse.dim_participant d on d.participant_key = m.participant_key and d.is_current "
                + "join warehouse.dim_agency a on a.agency_key = m.agency_key "
                + "join warehouse.dim_program pr on pr.program_key = m.program_key "
                + "join warehouse.dim_region r on r.region_key = d.region_key "
                + (breakdown == Breakdown.VULNERABILITY ? "left join warehouse.bridge_participant_vulnerability v on "
                        + "v.participant_key = m.participant_key " : "")
                + where + " group by m.cohort" + group + " order by m.cohort" + group;
        List<Suppression.CountRow> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
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

    private static void condition(StringBuilder where, List<String> parameters, String condition, String value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.add(value);
        }
    }

    private static Figures figures(Suppression.Suppressed row, long daysToFirst, int threshold) {
        Long measurable = row.count("measurable");
        Long reoffenders = row.count("reoffenders");
        boolean rate = row.showsRatio("reoffenders", "measurable", threshold);
        return new Figures(row.key().get(0), row.key().get(1), row.suppressed(), row.count("members"), measurable,
                row.count("not_yet_measurable"), reoffenders,
                rate ? ReoffendingMeasures.ratio(reoffenders, measurable, 4) : null,
                rate ? ReoffendingMeasures.wilson(reoffenders, measurable, -1) : null,
                rate ? ReoffendingMeasures.wilson(reoffenders, measurable, 1) : null,
                row.count("reoffences"),
                row.showsRatio("reoffences", "measurable", threshold)
                        ? ReoffendingMeasures.ratio(row.count("reoffences"), measurable, 4) : null,
                reoffenders != null && reoffenders >= threshold
                        ? ReoffendingMeasures.ratio(daysToFirst, reoffenders, 1) : null,
                row.count("custody_12m"),
                row.showsRatio("custody_12m", "measurable", threshold)
                        ? ReoffendingMeasures.ratio(row.count("custody_12m"), measurable, 4) : null,
                row.count("measurable_24m"), row.count("custody_24m"),
                row.showsRatio("custody_24m", "measurable_24m", threshold)
                        ? ReoffendingMeasures.ratio(row.count("custody_24m"), row.count("measurable_24m"), 4) : null);
    }

    /** The commissioners' suppression threshold: the system property, else 5; refused when not a whole number >= 1. */
    static int threshold() {
        String value = System.getProperty(THRESHOLD_PROPERTY);
        if (value == null || value.isBlank()) {
            return Suppression.DEFAULT_THRESHOLD;
        }
        try {
            int threshold = Integer.parseInt(value.strip());
            if (threshold >= 1) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(THRESHOLD_PROPERTY + " must be a whole number of at least 1, not \"" + value
                + "\"");
    }
}
