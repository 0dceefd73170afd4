package org.gatehouse.platform;

import java.util.List;
import java.util.regex.Pattern;

/** The field rules every door's input records share; each adds what is wrong to a list of violations. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,32}");

    private Checks() {
    }

    /** @return whether the value is there */
    public static boolean required(List<Violation> found, String field, Object value) {
        if (value == null) {
            found.add(new Violation(field, "is required"));
            return false;
        }
        return true;
    }

    /** One line of text: within {@code max} characters, no control characters, and there if required. */
    public static void line(List<Violation> found, String field, String value, int max, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                found.add(new Violation(field, "is required"));
            }
        } else if (value.length() > max) {
            found.add(new Violation(field, "is longer than " + max + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            found.add(new Violation(field, "contains control characters"));
        }
    }

    /**
     * A required text of up to {@code max} characters, without surrounding blanks.
     *
     * @throws InvalidInputException with {@code message} when it is blank or too long
     */
    public static String requiredText(String value, String field, int max, String message) {
        String stripped = Texts.strippedOrNull(value);
        if (stripped == null || stripped.length() > max) {
            throw new InvalidInputException(field, message);
        }
        return stripped;
    }

    /** An e-mail address, when given. */
    public static void email(List<Violation> found, String field, String value) {
        if (value != null && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
            found.add(new Violation(field, "is not an e-mail address"));
        }
    }

    /** A telephone number, when given. */
    public static void phone(List<Violation> found, String field, String value) {
        if (value != null && !PHONE.matcher(value).matches()) {
            found.add(new Violation(field, "is not a telephone number"));
        }
    }

    /** Free text (line breaks and tabs allowed, no other control character) within {@code max} characters. */
    public static void limit(List<Violation> found, String field, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(new Violation(field, "is longer than " + max + " characters"));
        } else if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t')) {
            // PostgreSQL cannot store a NUL; the others are no part of what people write
            found.add(new Violation(field, "contains control characters"));
        }
    }
}
