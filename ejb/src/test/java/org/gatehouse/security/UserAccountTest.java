package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Agency AGENCY = new Agency("NRM", "Northern");

    @Test
    void locksAfterTheConfiguredNumberOfFailuresForTheConfiguredTime() {
        UserAccount account = new UserAccount("Amy.Abbott", "Amy", null, AGENCY, Set.of(Role.MENTOR), "h", false, NOW);
        assertThat(account.getUsername()).isEqualTo("amy.abbott");
        for (int i = 1; i < 5; i++) {
            assertThat(account.signInFailed(NOW, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(account.signInFailed(NOW, 5, Duration.ofMinutes(15))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void agencyRolesNeedAnAgencyAndGlobalRolesNone() {
        assertThatThrownBy(() -> new UserAccount("amy", "Amy", null, null, Set.of(Role.MENTOR), "h", false, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new UserAccount("amy", "Amy", null, AGENCY, Set.of(Role.COMMISSIONER), "h", false,
                NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new UserAccount("amy", "Amy", null, null,
                Set.of(Role.SYSTEM_ADMIN, Role.AGENCY_ADMIN), "h", false, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(new UserAccount("root", "Root", null, null, Set.of(Role.SYSTEM_ADMIN), "h", false, NOW).getAgency())
                .isNull();
    }
}
