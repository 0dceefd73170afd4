package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problems("correct-horse-battery-staple", "amy.abbott")).isEmpty();
    }

    @Test
    void refusesShortCommonRepetitiveAndOwnNamePasswords() {
        assertThat(PasswordPolicy.problems("short1!", "amy")).singleElement().asString().contains("at least 12");
        assertThat(PasswordPolicy.problems("Password123!", "amy")).contains("is too common");
        assertThat(PasswordPolicy.problems("aaaaaaaaaaaaaaab", "amy")).contains("uses too few different characters");
        assertThat(PasswordPolicy.problems("my name is amy.abbott ok", "amy.abbott"))
                .contains("must not contain the user name");
        assertThat(PasswordPolicy.problems("x".repeat(129) + "abcdef", "amy")).contains("must be at most 128 characters long");
    }
}
