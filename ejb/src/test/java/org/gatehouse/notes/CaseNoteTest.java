package org.gatehouse.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Pathway;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.junit.jupiter.api.Test;

/** A note's versions and who reads it. */
class CaseNoteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Participant participant = Participant.register(agency,
            withId(new Region(agency, "NORTH", "North"), 10),
            withId(new Program(agency, "REINT", "Re-integration", BuiltInTemplates.REINTEGRATION), 100),
            new ParticipantDetails("R-1", "A1", "Amy", "Abbott", LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH",
                    "HMP", "REINT", TODAY.minusDays(30), TODAY.plusDays(10), null, Set.of(), null, null), TODAY, NOW);

    private static Caller as(String username, Role role) {
        return new Caller(7L, username, 1L, "NRM", Set.of(role));
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        CaseNote first = withId(CaseNote.write(participant, " Met at the gate. ", Pathway.ACCOMMODATION,
                Sensitivity.NORMAL, true, "mentor.nrm", NOW), 50);
        first.belongsTo(50);
        assertThat(first.getBody()).isEqualTo("Met at the gate.");
        assertThat(first.isAwaitingSignOff()).isTrue();
        assertThatThrownBy(() -> first.correct("Met at the gate at 9.", Pathway.ACCOMMODATION, Sensitivity.NORMAL,
                " ", false, "case_worker.nrm", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getViolations()).extracting(v -> v.field()).containsExactly("correction_reason"));
        CaseNote second = first.correct("Met at the gate at 9.", Pathway.ACCOMMODATION, Sensitivity.NORMAL,
                "time added", false, "case_worker.nrm", NOW);
        assertThat(first.isCurrentVersion()).isFalse();
        assertThat(first.getBody()).isEqualTo("Met at the gate.");
        assertThat(second.isCurrentVersion()).isTrue();
        assertThat(second.getNoteId()).isEqualTo(50);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThat(second.isAwaitingSignOff()).isFalse();
        assertThatThrownBy(() -> first.correct("again", null, Sensitivity.NORMAL, "x", false, "x", NOW))
                .hasMessageContaining("correct the current version");
        assertThatThrownBy(() -> first.signOff("case_worker.nrm", NOW)).hasMessageContaining("current version");
    }

    @Test
    void sensitivityDecidesWhoReadsAndTheAuthorAlwaysDoes() {
        CaseNote clinical = CaseNote.write(participant, "Started methadone.", Pathway.DRUGS_ALCOHOL,
                Sensitivity.SENSITIVE_CLINICAL, false, "case_worker.nrm", NOW);
        CaseNote restricted = CaseNote.write(participant, "Disclosure.", null, Sensitivity.RESTRICTED, true,
                "mentor.nrm", NOW);
        assertThat(clinical.readableBy(as("mentor.nrm", Role.MENTOR))).isFalse();
        assertThat(clinical.readableBy(as("other_cw", Role.CASE_WORKER))).isTrue();
        assertThat(restricted.readableBy(as("other_cw", Role.CASE_WORKER))).isFalse();
        assertThat(restricted.readableBy(as("coordinator.nrm", Role.COORDINATOR))).isTrue();
        assertThat(restricted.readableBy(as("mentor.nrm", Role.MENTOR))).isTrue();
        assertThatThrownBy(() -> CaseNote.write(participant, "x".repeat(4001), null, null, false, "a", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("body", "sensitivity"));
    }
}
