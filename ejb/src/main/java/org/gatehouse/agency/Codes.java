package org.gatehouse.agency;

import java.util.Set;
import java.util.regex.Pattern;
import org.gatehouse.platform.InvalidInputException;

/**
 * Codes (agency, region, program) travel in CSV files and URLs, so they are kept to a safe alphabet.
 * A bad one is bad input (a clear message on screen or in a problem body), not a failure. ALL and
 * NONE are reserved: the dashboards and exports name their totals and "not set" groups so, and a
 * code spelt the same would be taken for them.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
    /** What a code must be, for messages. */
    public static final String RULE = "must be 1-32 upper-case letters, digits, '-' or '_', and not ALL or NONE";
    private static final Set<String> RESERVED = Set.of("ALL", "NONE");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches() && !RESERVED.contains(code);
    }

    public static String require(String code, String field) {
        if (!isValid(code)) {
            throw new InvalidInputException(field, RULE);
        }
        return code;
    }
}
