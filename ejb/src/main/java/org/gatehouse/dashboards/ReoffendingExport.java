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
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * The reoffending measures export of FORMATS.md §3, in exactly its columns: one row per (cohort,
 * agency, program) with the {@code ALL} totals, from the last published warehouse load. A
 * commissioner gets every agency, suppressed ({@link Suppression}); an agency's staff their own
 * agency's rows and totals unsuppressed, without the totals over all agencies (which would give
 * the other agencies' figures away by subtraction). Audited.
 */
@Stateless
public class ReoffendingExport {

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
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    /** The CSV (UTF-8, RFC 4180) the caller may have: see the class comment. */
    public byte[] csv() {
        Caller caller = access.current();
        boolean commissioner = caller.has(Role.COMMISSIONER);
        if (!commissioner) {
            caller = access.requireAgencyRole("export the reoffending measures", ReoffendingDashboard.AGENCY_READERS);
            if (caller.isSystem()) {
                throw access.denied(caller, "export the reoffending measures (people only)");
            }
        }
        List<Suppression.CountRow> counts = new ArrayList<>();
        Map<List<String>, Map<String, BigDecimal>> ratios = new HashMap<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("select cohort, agency, program, "
                     + String.join(", ", COUNTS) + ", " + String.join(", ", RATIOS) + " from warehouse.measure_reoffending"
                     + (commissioner ? "" : " where agency = ?") + " order by cohort, case when agency = 'ALL' then 1 "
                     + "else 0 end, agency, case when program = 'ALL' then 1 else 0 end, program")) {
            if (!commissioner) {
                select.setString(1, caller.agencyCode());
            }
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
        int threshold = commissioner ? ReoffendingDashboard.threshold() : 1;
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        for (Suppression.Suppressed row : Suppression.apply(counts, threshold)) {
            Map<String, BigDecimal> derived = ratios.get(row.key());
            boolean rate = row.showsRatio("reoffenders", "measurable", threshold);
            Long reoffenders = row.count("reoffenders");
            csv.row(row.key().get(0), row.key().get(1), row.key().get(2), row.count("measurable"), reoffenders,
                    rate ? plain(derived.get("rate")) : null, rate ? plain(derived.get("rate_ci_low")) : null,
                    rate ? plain(derived.get("rate_ci_high")) : null, row.count("reoffences"),
                    row.showsRatio("reoffences", "measurable", threshold) ? plain(derived.get("frequency")) : null,
                    reoffenders != null && reoffenders >= threshold ? plain(derived.get("mean_days_to_first")) : null,
                    row.count("custody_12m"),
                    row.showsRatio("custody_12m", "measurable", threshold) ? plain(derived.get("custody_12m_rate"))
                            : null,
                    row.count("measurable_24m"), row.count("custody_24m"),
                    row.showsRatio("custody_24m", "measurable_24m", threshold)
                            ? plain(derived.get("custody_24m_rate")) : null,
                    row.suppressed());
        }
        audit.recordNow(AuditKind.EXPORT, caller.agencyId(), "ReoffendingMeasures", null,
                counts.size() + " rows" + (commissioner ? ", suppressed" : ""));
        return csv.toBytes();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
