package org.gatehouse.dashboards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gatehouse.platform.Violation;

/**
 * What the service-level dashboard sums: the months from one to another ({@code 2025-07}, both
 * optional) and, optionally, one agency, program and region (codes). Kept as text, as a shared
 * link carries it.
 */
public record ServiceLevelFilter(String monthFrom, String monthTo, String agency, String program, String region) {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public static ServiceLevelFilter none() {
        return new ServiceLevelFilter(null, null, null, null, null);
    }

    public ServiceLevelFilter {
        monthFrom = FilterFields.blankToNull(monthFrom);
        monthTo = FilterFields.blankToNull(monthTo);
        agency = FilterFields.blankToNull(agency);
        program = FilterFields.blankToNull(program);
        region = FilterFields.blankToNull(region);
    }

    /** The same filter for one agency only. */
    public ServiceLevelFilter forAgency(String code) {
        return new ServiceLevelFilter(monthFrom, monthTo, code, program, region);
    }

    /** The filter a link's or a background export's parameters give (by {@link #parameters()}' names). */
    public static ServiceLevelFilter of(Map<String, String> p) {
        return new ServiceLevelFilter(p.get("monthFrom"), p.get("monthTo"), p.get("agency"), p.get("program"),
                p.get("region"));
    }

    /** Every field under its name as links and exports carry it (null: not set), in order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("monthFrom", monthFrom);
        parameters.put("monthTo", monthTo);
        parameters.putAll(places());
        return parameters;
    }

    /** The places it is limited to, each under its field's name (null: not limited), in order. */
    public Map<String, String> places() {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("agency", agency);
        places.put("program", program);
        places.put("region", region);
        return places;
    }

    /** The places it is limited to as the commissioners' tables name their dimensions. */
    Map<String, String> placesSet() {
        Map<String, String> set = new HashMap<>();
        places().forEach((field, value) -> {
            if (value != null) {
                set.put(field.toUpperCase(java.util.Locale.ROOT), value);
            }
        });
        return set;
    }

    /** What is wrong with it, each by its field; none when it can be used. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        YearMonth from = month(violations, "monthFrom", monthFrom);
        YearMonth to = month(violations, "monthTo", monthTo);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("monthTo", "must not be before the first month (" + monthFrom + ")"));
        }
        FilterFields.code(violations, "agency", agency);
        FilterFields.code(violations, "program", program);
        FilterFields.code(violations, "region", region);
        return violations;
    }

    /** The first day of the first month, or null for no lower bound (the filter must be valid). */
    LocalDate firstDay() {
        return monthFrom == null ? null : YearMonth.parse(monthFrom).atDay(1);
    }

    /** The first day of the last month, or null for no upper bound (the filter must be valid). */
    LocalDate lastMonth() {
        return monthTo == null ? null : YearMonth.parse(monthTo).atDay(1);
    }

    /** The first day after the last month, or null for no upper bound (the filter must be valid). */
    LocalDate afterLastMonth() {
        return monthTo == null ? null : YearMonth.parse(monthTo).plusMonths(1).atDay(1);
    }

    private static YearMonth month(List<Violation> violations, String field, String value) {
        if (value == null) {
            return null;
        }
        if (MONTH.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        violations.add(new Violation(field, "must be a month such as 2025-07"));
        return null;
    }
}
