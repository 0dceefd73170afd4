package org.gatehouse.participantimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

class ParticipantCsvFormatTest {

    private static Map<String, String> row() {
        Map<String, String> row = new HashMap<>();
        row.put("external_ref", "R-1");
        row.put("justice_id", "A1234BC");
        row.put("given_name", "Amy");
        row.put("family_name", "Abbott");
        row.put("date_of_birth", "1990-05-01");
        row.put("gender", "f");
        row.put("region", "NORTH");
        row.put("prison", "HMP Northgate");
        row.put("program", "REINT");
        row.put("referral_date", "2026-01-10");
        row.put("expected_release_date", "2026-03-01");
        row.put("vulnerabilities", "NFA; substance;;");
        row.put("exit_date", "");
        row.put("exit_type", "");
        return row;
    }

    @Test
    void readsAGoodRow() {
        ParticipantCsvFormat.ParsedRow parsed = ParticipantCsvFormat.parse(row());
        assertThat(parsed.violations()).isEmpty();
        assertThat(parsed.details().gender()).isEqualTo(Gender.F);
        assertThat(parsed.details().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(parsed.details().vulnerabilities())
                .containsExactlyInAnyOrder(Vulnerability.NFA, Vulnerability.SUBSTANCE);
        assertThat(parsed.details().exitDate()).isNull();
        assertThat(parsed.details().exitType()).isNull();
    }

    @Test
    void namesEachUnreadableValue() {
        Map<String, String> row = row();
        row.put("date_of_birth", "01/05/1990");
        row.put("gender", "female");
        row.put("vulnerabilities", "NFA;HOMELESS");
        row.put("exit_type", "LATER");
        row.put("exit_date", "2026-02-30");
        assertThat(ParticipantCsvFormat.parse(row).violations()).extracting(Violation::field)
                .containsExactly("date_of_birth", "gender", "vulnerabilities", "exit_date", "exit_type");
    }

    @Test
    void readsExitTypes() {
        Map<String, String> row = row();
        row.put("exit_date", "2026-06-01");
        row.put("exit_type", "PLANNED");
        assertThat(ParticipantCsvFormat.parse(row).details().exitType()).isEqualTo(ExitType.PLANNED);
    }
}
