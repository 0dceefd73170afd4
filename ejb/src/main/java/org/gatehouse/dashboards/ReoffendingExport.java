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
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.csv.CsvWriter;

/**
 * The reoffending measures export of FORMATS.md §3, in exactly its columns: one row per (cohort,
 * agency, program) with the {@code ALL} totals, from the last published warehouse load. A
 * commissioner gets every agency from the published table the dashboards read too
 * ({@link ReoffendingTable}), so both withhold the same cells; an agency's staff their own
 * agency's rows and totals unsuppressed, without the totals over all agencies (which would give
 * the other agencies' figures away by subtraction). Audited.
 */
@Stateless
public class ReoffendingExport {

    /** The downloaded file's name. */
    public static final String FILE_NAME = "reoffending-measures.csv";
    /** FORMATS.md §3's columns, in order. */
    public static final List<String> COLUMNS = List.of("cohort", "agency", "program", "measurable", "reoffenders",
            "rate", "rate_ci_low", "rate_ci_high", "reoffences", "frequency", "mean_days_to_first", "custody_12m",
            "custody_12m_rate", "measurable_24m", "custody_24m", "custody_24m_rate", "suppressed");
    private static final List<String> COUNTS = List.of("measurable", "reoffenders", "reoffences", "custody_12m",
            "measurable_24m", "custody_24m");
    private static final List<String> RATIOS = List.of("rate", "rate_ci_low", "rate_ci_high", "frequency",
            "mean_days_to_first", "custody_12m_rate", "custody_24m_rate");

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private DashboardAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private PublishedTables published;

    /** The CSV (UTF-8, RFC 4180) the caller may have: see the class comment. */
    public byte[] csv() {
        DashboardViewer viewer = access.viewer("export the reoffending measures");
        if (viewer.commissioner()) {
            return commissioners(viewer);
        }
        List<Suppression.CountRow> counts = new ArrayList<>();
        Map<List<String>, Map<String, BigDecimal>> ratios = new HashMap<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("select cohort, agency, program, "
                     + String.join(", ", COUNTS) + ", " + String.join(", ", RATIOS) + " from warehouse.measure_reoffending"
                     + " where agency = ? order by cohort, case when agency = 'ALL' then 1 "
                     + "else 0 end, agency, case when program = 'ALL' then 1 else 0 end, program")) {
            select.setString(1, viewer.agency());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    List<String> key = List.of(row.getString(1), row.getString(2), row.getString(3));
                    Map<String, Long> values = new HashMap<>();
                    for (int i = 0; i < COUNTS.size(); i++) {
                        values.put(COUNTS.get(i), row.getLong(4 + i));
                    }
                    Map<String, BigDecimal> derived = new HashMap<>();
                    for (int i = 0; i < RATIOS.size(); i++) {
                        BigDecimal value = row.getBigDecimal(4 + COUNTS.size() + i);
                        if (value != null) {
                            derived.put(RATIOS.get(i), value);
                        }
                    }
                    counts.add(new Suppression.CountRow(key, values));
                    ratios.put(key, derived);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reoffending measures cannot be read", e);
        }
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        // an agency's own figures: nothing is withheld (threshold 1)
        for (Suppression.Suppressed row : Suppression.apply(counts, viewer.threshold())) {
            Map<String, BigDecimal> derived = ratios.get(row.key());
            DerivedFigures shown = DerivedFigures.shown(row, viewer.threshold());
            csv.row(row.key().get(0), row.key().get(1), row.key().get(2), row.count("measurable"),
                    row.count("reoffenders"), shown.rate() ? plain(derived.get("rate")) : null,
                    shown.rate() ? plain(derived.get("rate_ci_low")) : null,
                    shown.rate() ? plain(derived.get("rate_ci_high")) : null, row.count("reoffences"),
                    shown.frequency() ? plain(derived.get("frequency")) : null,
                    shown.meanDaysToFirst() ? plain(derived.get("mean_days_to_first")) : null,
                    row.count("custody_12m"), shown.custody12mRate() ? plain(derived.get("custody_12m_rate")) : null,
                    row.count("measurable_24m"), row.count("custody_24m"),
                    shown.custody24mRate() ? plain(derived.get("custody_24m_rate")) : null, row.suppressed());
        }
        audit.recordNow(AuditKind.EXPORT, viewer.caller().agencyId(), "ReoffendingMeasures", null,
                counts.size() + " rows");
        return csv.toBytes();
    }

    /**
     * The commissioners' file: every (cohort, agency, program) cell of the published table with its
     * totals, withheld exactly as the dashboards withhold them ({@link ReoffendingTable}).
     */
    private byte[] commissioners(DashboardViewer viewer) {
        PublishedTable table = published.table(ReleaseTables.NAME, viewer.threshold(),
                ReleaseTables::read).reoffending();
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        int rows = 0;
        String agency = Breakdown.AGENCY.name();
        String program = Breakdown.PROGRAM.name();
        for (List<String> lead : table.leads()) {
            List<PublishedTable.Line> lines = new ArrayList<>();
            for (PublishedTable.Line agencyLine : table.lines(lead, Map.of(), agency)) {
                if (!agencyLine.group().equals(Suppression.ALL)) {
                    table.lines(lead, Map.of(agency, agencyLine.group()), program)
                            .forEach(l -> lines.add(new PublishedTable.Line(lead, agencyLine.group() + "," + l.group(),
                                    l.counts(), l.sums())));
                }
            }
            table.lines(lead, Map.of(), program).forEach(l -> lines.add(new PublishedTable.Line(lead,
                    Suppression.ALL + "," + l.group(), l.counts(), l.sums())));
            for (PublishedTable.Line line : lines) {
                ReoffendingDashboard.Figures f = ReoffendingDashboard.Figures.of(lead.get(0), line.group(),
                        line.counts(), line.sum("days_to_first"), viewer.threshold());
                String[] place = line.group().split(",");
                boolean withheld = COUNTS.stream().anyMatch(c -> line.count(c) == null);
                csv.row(f.cohort(), place[0], place[1], f.measurable(), f.reoffenders(), plain(f.rate()),
                        plain(f.rateCiLow()), plain(f.rateCiHigh()), f.reoffences(), plain(f.frequency()),
                        plain(f.meanDaysToFirst()), f.custody12m(), plain(f.custody12mRate()), f.measurable24m(),
                        f.custody24m(), plain(f.custody24mRate()), withheld);
                rows++;
            }
        }
        audit.recordNow(AuditKind.EXPORT, viewer.caller().agencyId(), "ReoffendingMeasures", null,
                rows + " rows, suppressed");
        return csv.toBytes();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
