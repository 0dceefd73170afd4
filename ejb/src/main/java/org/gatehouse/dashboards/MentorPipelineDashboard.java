package org.gatehouse.dashboards;

import java.io.Serializable;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.warehouse.ReoffendingMeasures;

/**
 * The mentor pipeline (recruited, vetted, trained, active, supervised, debriefs held, former
 * participants now mentoring; from {@code dim_mentor}) and mentoring activity (attended engagements
 * per open case, month by month; from {@code fact_engagement} and {@code fact_case_episode}), in
 * the same two views as the other dashboards ({@link DashboardAccess}).
 */
@Stateless
public class MentorPipelineDashboard {

    /** The most months one activity table covers. */
    static final int MOST_MONTHS = 36;
    private static final List<String> PIPELINE = List.of("recruited", "vetted", "trained", "active", "supervised",
            "debriefs", "former_participants");

    /** A fact's enrolment as it is now: its agency, program and region (as the service levels place it). */
    private static final String ENROLMENT = " join warehouse.dim_participant p on p.participant_key = f.participant_key "
            + "and p.is_current join warehouse.dim_agency a on a.agency_key = p.agency_key "
            + "join warehouse.dim_program pr on pr.program_key = p.program_key "
            + "join warehouse.dim_region r on r.region_key = p.region_key";

    @Inject
    private DashboardAccess access;

    @Inject
    private Clock clock;

    @Inject
    private PublishedTables published;

    /** The pipeline of a group of mentors (or {@link Suppression#ALL}); null where withheld. */
    public record Pipeline(String group, boolean suppressed, Long recruited, Long vetted, Long trained, Long active,
                           Long supervised, Long debriefs, Long formerParticipants) implements Serializable {
    }

    /** A month's activity in a group (or ALL): attended engagements, open cases and their ratio; null where withheld. */
    public record Activity(String month, String group, boolean suppressed, Long engagements, Long cases,
                           BigDecimal perCase) implements Serializable {
    }

    /**
     * The mentors recruited in the filter's months (none: every month), by agency or region
     * ({@code breakdown} AGENCY, REGION or blank), then in total. Program does not apply to mentors.
     */
    public List<Pipeline> pipeline(ServiceLevelFilter filter, String breakdown) {
        DashboardViewer viewer = access.viewer("see the mentor pipeline", filter.agency());
        ServiceLevelFilter mine = viewer.commissioner() ? filter : filter.forAgency(viewer.agency());
        ServiceLevelBreakdown by = checked(mine, breakdown, List.of(ServiceLevelBreakdown.NONE,
                ServiceLevelBreakdown.AGENCY, ServiceLevelBreakdown.REGION), viewer);
        if (viewer.commissioner()) {
            return publishedPipeline(mine, by, viewer.threshold());
        }
        Where where = new Where().and("m.recruited_on >= ?", mine.firstDay())
                .and("m.recruited_on < ?", mine.afterLastMonth()).and("a.code = ?", mine.agency())
                .and("r.code = ?", mine.region());
        List<Suppression.CountRow> rows = published.answer(List.of(viewer.agency(), "mentor-pipeline", mine, by), db -> {
            List<Suppression.CountRow> read = new ArrayList<>();
            Map<String, Map<String, Long>> totals = pipelineCounts(db, where, ServiceLevelBreakdown.NONE);
            if (by != ServiceLevelBreakdown.NONE) {
                pipelineCounts(db, where, by).forEach((group, counts) -> read.add(
                        new Suppression.CountRow(List.of(group), counts)));
            }
            totals.forEach((group, counts) -> read.add(new Suppression.CountRow(List.of(group), counts)));
            return List.copyOf(read);
        });
        // an agency's own figures: nothing is withheld (threshold 1)
        return Suppression.apply(rows, viewer.threshold()).stream().map(r -> pipeline(r.key().get(0), r)).toList();
    }

    private static Pipeline pipeline(String group, Suppression.Suppressed r) {
        return new Pipeline(group, r.suppressed(), r.count("recruited"), r.count("vetted"), r.count("trained"),
                r.count("active"), r.count("supervised"), r.count("debriefs"), r.count("former_participants"));
    }

    /**
     * The commissioners' pipeline, from the published table of mentors by the month they were
     * recruited: the filter's months added up, a count withheld wherever a month withholds it.
     */
    private List<Pipeline> publishedPipeline(ServiceLevelFilter filter, ServiceLevelBreakdown by, int threshold) {
        PublishedTable table = published.table("mentor-pipeline", threshold, MentorPipelineDashboard::readPipeline);
        Map<String, String> fixed = filter.placesSet();
        fixed.remove(ServiceLevelBreakdown.PROGRAM.name());
        List<PublishedTable.Line> lines = new ArrayList<>();
        for (List<String> lead : table.leads()) {
            if (inRange(lead.get(0), filter.monthFrom(), filter.monthTo())) {
                lines.addAll(table.lines(lead, fixed, by == ServiceLevelBreakdown.NONE ? null : by.name()));
            }
        }
        List<PublishedTable.Line> added = new ArrayList<>(PublishedTable.added(lines, lead -> List.of()));
        if (added.isEmpty()) {
            // nobody recruited in those months: a total of zeros, as an agency's view shows it
            added.addAll(table.lines(List.of("none"), fixed, null));
        }
        added.sort((x, y) -> x.group().equals(y.group()) ? 0 : x.group().equals(Suppression.ALL) ? 1
                : y.group().equals(Suppression.ALL) ? -1 : x.group().compareTo(y.group()));
        return added.stream().map(l -> pipeline(l.group(), l.counts())).toList();
    }

    private static boolean inRange(String month, String from, String to) {
        return (from == null || month.compareTo(from) >= 0) && (to == null || month.compareTo(to) <= 0);
    }

    /** Every mentor under the month they were recruited, by agency and region (none: NONE). */
    private static PublishedTable readPipeline(Connection db, int threshold) throws SQLException {
        PublishedTable.Builder table = new PublishedTable.Builder(List.of(ServiceLevelBreakdown.AGENCY.name(),
                ServiceLevelBreakdown.REGION.name()));
        try (PreparedStatement query = db.prepareStatement("select m.recruited_on, a.code, coalesce(r.code, 'NONE'), "
                + "m.vetted, m.trained, m.status, m.supervision_sessions, m.debriefs, m.former_participant "
                + "from warehouse.dim_mentor m join warehouse.dim_agency a on a.agency_key = m.agency_key "
                + "left join warehouse.dim_region r on r.region_key = m.region_key");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                table.add(List.of(YearMonth.from(row.getDate(1).toLocalDate()).toString()),
                        List.of(Set.of(row.getString(2)), Set.of(row.getString(3))), Map.of("recruited", 1L,
                                "vetted", row.getBoolean(4) ? 1L : 0L, "trained", row.getBoolean(5) ? 1L : 0L,
                                "active", "ACTIVE".equals(row.getString(6)) ? 1L : 0L,
                                "supervised", row.getInt(7) > 0 ? 1L : 0L, "debriefs", row.getLong(8),
                                "former_participants", row.getBoolean(9) ? 1L : 0L), Map.of());
            }
        }
        return table.build(threshold, List.of());
    }

    private static Map<String, Map<String, Long>> pipelineCounts(Connection db, Where where,
                                                                 ServiceLevelBreakdown by) throws SQLException {
        String group = by == ServiceLevelBreakdown.REGION ? "coalesce(r.code, 'NONE')"
                : by == ServiceLevelBreakdown.AGENCY ? "a.code" : "'ALL'";
        String sql = "select " + group + ", count(*), sum(case when m.vetted then 1 else 0 end), "
                + "sum(case when m.trained then 1 else 0 end), sum(case when m.status = 'ACTIVE' then 1 else 0 end), "
                + "sum(case when m.supervision_sessions > 0 then 1 else 0 end), coalesce(sum(m.debriefs), 0), "
                + "sum(case when m.former_participant then 1 else 0 end) from warehouse.dim_mentor m "
                + "join warehouse.dim_agency a on a.agency_key = m.agency_key "
                + "left join warehouse.dim_region r on r.region_key = m.region_key" + where
                + (by == ServiceLevelBreakdown.NONE ? "" : " group by " + group + " order by 1");
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            where.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Map<String, Long> values = new HashMap<>();
                    for (int i = 0; i < PIPELINE.size(); i++) {
                        values.put(PIPELINE.get(i), row.getLong(2 + i));
                    }
                    counts.put(by == ServiceLevelBreakdown.NONE ? Suppression.ALL : row.getString(1), values);
                }
            }
        }
        return counts;
    }

    /**
     * Month by month (the filter's months; none: the last 12), attended engagements per case open
     * that month (referred by its end, not ended before its start), by agency, program or region,
     * then in total.
     */
    public List<Activity> activity(ServiceLevelFilter filter, String breakdown) {
        DashboardViewer viewer = access.viewer("see the mentoring activity", filter.agency());
        ServiceLevelFilter mine = viewer.commissioner() ? filter : filter.forAgency(viewer.agency());
        ServiceLevelBreakdown by = checked(mine, breakdown, List.of(ServiceLevelBreakdown.NONE,
                ServiceLevelBreakdown.AGENCY, ServiceLevelBreakdown.PROGRAM, ServiceLevelBreakdown.REGION), viewer);
        YearMonth last = mine.monthTo() == null ? YearMonth.now(clock) : YearMonth.parse(mine.monthTo());
        YearMonth first = mine.monthFrom() == null ? last.minusMonths(11) : YearMonth.parse(mine.monthFrom());
        if (first.plusMonths(MOST_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInputException("monthFrom", "must be at most " + MOST_MONTHS + " months before the last");
        }
        if (viewer.commissioner()) {
            // open cases are counted up to this month: a new month reads the table again
            PublishedTable table = published.table("mentor-activity", viewer.threshold(),
                    YearMonth.now(clock).toString(), this::readActivity);
            List<Activity> activity = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                for (PublishedTable.Line line : table.lines(List.of(month.toString()), mine.placesSet(),
                        by == ServiceLevelBreakdown.NONE ? null : by.name())) {
                    activity.add(activity(month.toString(), line.group(), line.counts(), viewer.threshold()));
                }
            }
            return activity;
        }
        // the months' open cases reach this month: a new month asks again
        List<Suppression.CountRow> rows = published.answer(List.of(viewer.agency(), "mentor-activity", mine, by,
                first, last, YearMonth.now(clock)), db -> {
            Map<List<String>, long[]> sums = new TreeMap<>((x, y) -> {
                int month = x.get(0).compareTo(y.get(0));
                if (month != 0) {
                    return month;
                }
                // each month's groups in order, its total last
                boolean xAll = x.get(1).equals(Suppression.ALL);
                boolean yAll = y.get(1).equals(Suppression.ALL);
                return xAll == yAll ? x.get(1).compareTo(y.get(1)) : xAll ? 1 : -1;
            });
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                sums.put(List.of(month.toString(), Suppression.ALL), new long[2]);
            }
            engagements(db, mine, first, last, by, sums);
            openCases(db, mine, first, last, by, sums);
            List<Suppression.CountRow> read = new ArrayList<>();
            sums.forEach((key, values) -> read.add(new Suppression.CountRow(key, Map.of("engagements", values[0],
                    "cases", values[1]))));
            return List.copyOf(read);
        });
        // an agency's own figures: nothing is withheld (threshold 1)
        return Suppression.apply(rows, viewer.threshold()).stream().map(r -> activity(r.key().get(0), r.key().get(1),
                r, viewer.threshold())).toList();
    }

    private static Activity activity(String month, String group, Suppression.Suppressed r, int threshold) {
        return new Activity(month, group, r.suppressed(), r.count("engagements"), r.count("cases"),
                r.showsRatio("engagements", "cases", threshold)
                        ? ReoffendingMeasures.ratio(r.count("engagements"), r.count("cases"), 1) : null);
    }

    /**
     * Every month's attended engagements and open cases (up to this month), by agency, program and
     * region of the enrolment now.
     */
    private PublishedTable readActivity(Connection db, int threshold) throws SQLException {
        YearMonth now = YearMonth.now(clock);
        Map<List<String>, long[]> months = new HashMap<>();
        String month = "cast(date_trunc('MONTH', f.engaged_on) as date)";
        try (PreparedStatement query = db.prepareStatement("select " + month + ", a.code, pr.code, r.code, count(*) "
                + "from warehouse.fact_engagement f" + ENROLMENT + " where f.attendance = 'ATTENDED' group by "
                + month + ", a.code, pr.code, r.code");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                months.computeIfAbsent(List.of(row.getString(1).substring(0, 7), row.getString(2), row.getString(3),
                        row.getString(4)), k -> new long[2])[0] += row.getLong(5);
            }
        }
        try (PreparedStatement query = db.prepareStatement("select f.referral_date, f.exit_date, a.code, pr.code, "
                + "r.code from warehouse.fact_case_episode f" + ENROLMENT);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                YearMonth to = row.getDate(2) == null ? now : YearMonth.from(row.getDate(2).toLocalDate());
                for (YearMonth m = YearMonth.from(row.getDate(1).toLocalDate()); !m.isAfter(to) && !m.isAfter(now);
                     m = m.plusMonths(1)) {
                    months.computeIfAbsent(List.of(m.toString(), row.getString(3), row.getString(4),
                            row.getString(5)), k -> new long[2])[1]++;
                }
            }
        }
        PublishedTable.Builder table = new PublishedTable.Builder(ServiceLevelDashboard.DIMENSIONS);
        months.forEach((key, counts) -> table.add(List.of(key.get(0)), List.of(Set.of(key.get(1)), Set.of(key.get(2)),
                Set.of(key.get(3))), Map.of("engagements", counts[0], "cases", counts[1]), Map.of()));
        return table.build(threshold, List.of());
    }

    private static void engagements(Connection db, ServiceLevelFilter filter, YearMonth first, YearMonth last,
                                    ServiceLevelBreakdown by, Map<List<String>, long[]> sums) throws SQLException {
        Where where = new Where().and("f.engaged_on >= ?", first.atDay(1))
                .and("f.engaged_on < ?", last.plusMonths(1).atDay(1)).and("a.code = ?", filter.agency())
                .and("pr.code = ?", filter.program()).and("r.code = ?", filter.region());
        String month = "cast(date_trunc('MONTH', f.engaged_on) as date)";
        String group = by == ServiceLevelBreakdown.NONE ? "" : ", " + by.group();
        String sql = "select " + month + (group.isEmpty() ? ", 'ALL'" : group) + ", count(*) "
                + "from warehouse.fact_engagement f" + ENROLMENT + where
                + " and f.attendance = 'ATTENDED' group by " + month + group;
        try (PreparedStatement query = db.prepareStatement(sql)) {
            where.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String monthLabel = row.getString(1).substring(0, 7);
                    long count = row.getLong(3);
                    sums.computeIfAbsent(List.of(monthLabel, Suppression.ALL), k -> new long[2])[0] += count;
                    if (!group.isEmpty()) {
                        sums.computeIfAbsent(List.of(monthLabel, row.getString(2)), k -> new long[2])[0] += count;
                    }
                }
            }
        }
    }

    /** Each case's months open within the range, counted per month (and group). */
    private static void openCases(Connection db, ServiceLevelFilter filter, YearMonth first, YearMonth last,
                                  ServiceLevelBreakdown by, Map<List<String>, long[]> sums) throws SQLException {
        Where where = new Where().and("f.referral_date < ?", last.plusMonths(1).atDay(1))
                .and("a.code = ?", filter.agency()).and("pr.code = ?", filter.program())
                .and("r.code = ?", filter.region());
        String group = by == ServiceLevelBreakdown.NONE ? "'ALL'" : by.group();
        String sql = "select f.referral_date, f.exit_date, " + group + " from warehouse.fact_case_episode f"
                + ENROLMENT + where
                + " and (f.exit_date is null or f.exit_date >= ?)";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            where.bind(query);
            query.setDate(where.size() + 1, Date.valueOf(first.atDay(1)));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    YearMonth from = YearMonth.from(row.getDate(1).toLocalDate());
                    LocalDate exit = row.getDate(2) == null ? null : row.getDate(2).toLocalDate();
                    YearMonth to = exit == null ? last : YearMonth.from(exit);
                    for (YearMonth m = from.isBefore(first) ? first : from; !m.isAfter(to) && !m.isAfter(last);
                         m = m.plusMonths(1)) {
                        sums.computeIfAbsent(List.of(m.toString(), Suppression.ALL), k -> new long[2])[1]++;
                        if (by != ServiceLevelBreakdown.NONE) {
                            sums.computeIfAbsent(List.of(m.toString(), row.getString(3)), k -> new long[2])[1]++;
                        }
                    }
                }
            }
        }
    }

    /** The pipeline's breakdown for a service-level breakdown: by agency or region, else none. */
    public static String pipelineBreakdown(String serviceLevelBreakdown) {
        String by = ServiceLevelBreakdown.named(serviceLevelBreakdown).map(Enum::name).orElse(null);
        return "AGENCY".equals(by) || "REGION".equals(by) ? by : null;
    }

    /** The activity's breakdown for a service-level breakdown: any but month (the activity is monthly already). */
    public static String activityBreakdown(String serviceLevelBreakdown) {
        String by = ServiceLevelBreakdown.named(serviceLevelBreakdown).map(Enum::name).orElse(null);
        return "MONTH".equals(by) ? null : by;
    }

    private static ServiceLevelBreakdown checked(ServiceLevelFilter filter, String breakdown,
                                                 List<ServiceLevelBreakdown> allowed, DashboardViewer viewer) {
        List<Violation> violations = new ArrayList<>(filter.violations());
        if (viewer.commissioner()) {
            violations.addAll(PublishedTable.oneFilter(filter.places()));
        }
        ServiceLevelBreakdown by = ServiceLevelBreakdown.named(breakdown).filter(allowed::contains).orElse(null);
        if (by == null) {
            violations.add(new Violation("breakdown", "must be one of " + String.join(", ",
                    allowed.stream().map(Enum::name).toList())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return by;
    }
}
