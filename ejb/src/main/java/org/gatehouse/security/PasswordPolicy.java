package org.gatehouse.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (after NIST SP 800-63B): long, not a well-known password, not the user's
 * own name; no arbitrary composition rules, which only push people towards predictable passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd",
            "123456789012", "qwertyuiop", "qwerty123456", "letmein", "welcome", "welcome123", "iloveyou",
            "administrator", "changeme", "gatehouse", "gatehouse123", "abc123", "football", "monkey", "dragon",
            "sunshine", "princess", "trustno1", "superman", "baseball", "master");

    private PasswordPolicy() {
    }

    /** The reasons the password is refused; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long (a few words make a good one)");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.stream().anyMatch(common -> lower.replaceAll("[^a-z0-9]", "").startsWith(common)
                && lower.replaceAll("[^a-z0-9]", "").length() <= common.length() + 4)) {
            problems.add("is too common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the user name");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("uses too few different characters");
        }
        return problems;
    }
}
