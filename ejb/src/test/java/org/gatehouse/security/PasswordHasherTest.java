package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct-horse-battery-staple".toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha256$10000$");
        assertThat(hasher.verify("correct-horse-battery-staple".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct-horse-battery-stapLe".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(hasher.hash("same-password-twice".toCharArray()))
                .isNotEqualTo(hasher.hash("same-password-twice".toCharArray()));
    }

    @Test
    void refusesMalformedStoredHashesAndAsksForRehashWhenTheCostRose() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$abc")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$10000$***$***")).isFalse();
        String cheap = hasher.hash("correct-horse-battery-staple".toCharArray());
        assertThat(new PasswordHasher(20_000).needsRehash(cheap)).isTrue();
        assertThat(hasher.needsRehash(cheap)).isFalse();
    }
}
