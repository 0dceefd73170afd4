package org.gatehouse.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.Violation;

/**
 * What a reoffending dashboard shows: release cohorts from one quarter to another ({@code 2025-Q1},
 * both optional) and, optionally, one agency, program (codes), region (code), gender,
 * Aboriginal and Torres Strait Islander status and vulnerability (the application's codes). Kept
 * as text, as a shared link carries it.
 */
public record ReoffendingFilter(String cohortFrom, String cohortTo, String agency, String program, String region,
                                String gender, String indigenousStatus, String vulnerability) {

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    /** The values the gender, status and vulnerability filters take: the application's codes. */
    public static final List<String> GENDERS = FilterFields.names(Gender.values());
    public static final List<String> INDIGENOUS_STATUSES = FilterFields.names(IndigenousStatus.values());
    public static final List<String> VULNERABILITIES = FilterFields.names(Vulnerability.values());

    public static ReoffendingFilter none() {
        return new ReoffendingFilter(null, null, null, null, null, null, null, null);
    }

    public ReoffendingFilter {
        cohortFrom = FilterFields.blankToNull(cohortFrom);
        cohortTo = FilterFields.blankToNull(cohortTo);
        agency = FilterFields.blankToNull(agency);
        program = FilterFields.blankToNull(program);
        region = FilterFields.blankToNull(region);
        gender = FilterFields.blankToNull(gender);
        indigenousStatus = FilterFields.blankToNull(indigenousStatus);
        vulnerability = FilterFields.blankToNull(vulnerability);
    }

    /** The same filter for one agency only. */
    public ReoffendingFilter forAgency(String code) {
        return new ReoffendingFilter(cohortFrom, cohortTo, code, program, region, gender, indigenousStatus,
                vulnerability);
    }

    /** The filter a link's or a background export's parameters give (by {@link #parameters()}' names). */
    public static ReoffendingFilter of(Map<String, String> p) {
        return new ReoffendingFilter(p.get("cohortFrom"), p.get("cohortTo"), p.get("agency"), p.get("program"),
                p.get("region"), p.get("gender"), p.get("indigenousStatus"), p.get("vulnerability"));
    }

    /** What it limits the members to, each under its field's name (null: not limited), in order. */
    public Map<String, String> places() {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("agency", agency);
        places.put("program", program);
        places.put("region", region);
        places.put("gender", gender);
        places.put("indigenousStatus", indigenousStatus);
        places.put("vulnerability", vulnerability);
        return places;
    }

    /** Every field under its name as links and exports carry it (null: not set), in order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cohortFrom", cohortFrom);
        parameters.put("cohortTo", cohortTo);
        parameters.putAll(places());
        return parameters;
    }

    /** What is wrong with it, each by its field; none when it can be used. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        quarter(violations, "cohortFrom", cohortFrom);
        quarter(violations, "cohortTo", cohortTo);
        if (cohortFrom != null && cohortTo != null && QUARTER.matcher(cohortFrom).matches()
                && QUARTER.matcher(cohortTo).matches() && cohortFrom.compareTo(cohortTo) > 0) {
            violations.add(new Violation("cohortTo", "must not be before the first cohort (" + cohortFrom + ")"));
        }
        FilterFields.code(violations, "agency", agency);
        FilterFields.code(violations, "program", program);
        FilterFields.code(violations, "region", region);
        oneOf(violations, "gender", gender, GENDERS);
        oneOf(violations, "indigenousStatus", indigenousStatus, INDIGENOUS_STATUSES);
        oneOf(violations, "vulnerability", vulnerability, VULNERABILITIES);
        return violations;
    }

    private static void quarter(List<Violation> violations, String field, String value) {
        if (value != null && !QUARTER.matcher(value).matches()) {
            violations.add(new Violation(field, "must be a quarter such as 2025-Q1"));
        }
    }

    private static void oneOf(List<Violation> violations, String field, String value, List<String> known) {
        if (value != null && !known.contains(value)) {
            violations.add(new Violation(field, "must be one of " + String.join(", ", known)));
        }
    }
}
