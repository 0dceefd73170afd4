package org.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static List<Violation> limit(String text) {
        List<Violation> found = new ArrayList<>();
        Checks.limit(found, "body", text, 20);
        return found;
    }

    @Test
    void freeTextKeepsLineBreaksAndTabsAndRefusesOtherControlCharacters() {
        assertThat(limit("two\r\nlines\tand tab")).isEmpty();
        // PostgreSQL refuses a NUL in text: the request is refused by field instead
        assertThat(limit("a\u0000b")).containsExactly(new Violation("body", "contains control characters"));
        assertThat(limit("bell\u0007")).containsExactly(new Violation("body", "contains control characters"));
        assertThat(limit("x".repeat(21))).containsExactly(new Violation("body", "is longer than 20 characters"));
    }
}
