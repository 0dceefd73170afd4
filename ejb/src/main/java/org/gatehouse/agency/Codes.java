package org.gatehouse.agency;

import java.util.regex.Pattern;
import org.gatehouse.platform.InvalidInputException;

/**
 * Codes (agency, region, program) travel in CSV files and URLs, so they are kept to a safe alphabet.
 * A bad one is bad input (a clear message on screen or in a problem body), not a failure.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static String require(String code, String field) {
        if (!isValid(code)) {
            throw new InvalidInputException(field, "must be 1-32 upper-case letters, digits, '-' or '_'");
        }
        return code;
    }
}
