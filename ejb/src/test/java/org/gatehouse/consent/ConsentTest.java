package org.gatehouse.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static Consent sharing(String partner, LocalDate given) {
        return new Consent(null, null, ConsentScope.SHARING, partner, given, "c", TODAY, NOW);
    }

    @Test
    void sharingNamesAPartnerAndCoversOnlyThatPartnerWhileActive() {
        assertThatThrownBy(() -> sharing(" ", TODAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partner");
        Consent consent = sharing("Shelter Housing", TODAY.minusDays(10));
        assertThat(consent.allowsSharingWith(" shelter housing", TODAY)).isTrue();
        assertThat(consent.allowsSharingWith("Shelter", TODAY)).isFalse();
        assertThat(consent.allowsSharingWith("Shelter Housing", TODAY.minusDays(11))).isFalse();

        consent.withdraw(TODAY.minusDays(2), TODAY);
        assertThat(consent.allowsSharingWith("Shelter Housing", TODAY.minusDays(3))).isTrue();
        assertThat(consent.allowsSharingWith("Shelter Housing", TODAY.minusDays(2))).isFalse();
        assertThat(ConsentRecords.allowSharing(List.of(consent), TODAY, "NRM", "Shelter Housing")).isFalse();
        assertThatThrownBy(() -> consent.withdraw(TODAY, TODAY)).hasMessageContaining("withdrawn on");
    }

    @Test
    void consentToMentoringNamesNoPartnerAndCannotBeDatedInTheFuture() {
        Consent mentoring = new Consent(null, null, ConsentScope.MENTORING, "ignored", TODAY, "c", TODAY, NOW);
        assertThat(mentoring.getPartner()).isNull();
        assertThat(ConsentRecords.allowMentoring(List.of(mentoring), TODAY)).isTrue();
        assertThat(ConsentRecords.allowMentoring(List.of(sharing("X", TODAY)), TODAY)).isFalse();
        assertThatThrownBy(() -> new Consent(null, null, ConsentScope.MENTORING, null, TODAY.plusDays(1), "c", TODAY,
                NOW)).hasMessageContaining("future");
        assertThatThrownBy(() -> mentoring.withdraw(TODAY.minusDays(1), TODAY)).hasMessageContaining("between");
    }
}
