package org.gatehouse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.Persisted.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.Program;
import org.gatehouse.agency.Region;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.programs.BuiltInTemplates;
import org.junit.jupiter.api.Test;

/** A case's exit and returns to custody, as the entity guards them. */
class ParticipantLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Agency agency = withId(new Agency("NRM", "Northern"), 1);
    private final Region north = withId(new Region(agency, "NORTH", "North"), 10);
    private final Program reint = withId(new Program(agency, "REINT", "Re-integration",
            BuiltInTemplates.REINTEGRATION), 100);

    private Participant released(LocalDate release) {
        return Participant.register(agency, north, reint, new ParticipantDetails("R-1", "A1", "Amy", "Abbott",
                LocalDate.of(1990, 1, 1), Gender.F, null, "NORTH", "HMP", "REINT", TODAY.minusDays(200),
                release == null ? TODAY.plusDays(10) : release, release, Set.of(), null, null), TODAY, NOW);
    }

    @Test
    void aReturnToCustodyStartsANewPlanForTheNextReleaseAndKeepsTheOldOne() {
        Participant p = released(TODAY.minusDays(60));
        p.returnToCustody(TODAY.minusDays(5), CustodyReturnKind.REMAND, TODAY.plusDays(100), TODAY, NOW);
        assertThat(p.caseDates().referral()).isEqualTo(TODAY.minusDays(5));
        assertThat(p.caseDates().release()).isEqualTo(TODAY.plusDays(100));
        assertThat(p.getCustodyReturns()).singleElement()
                .satisfies(r -> assertThat(r.getEndedRelease()).isEqualTo(TODAY.minusDays(60)));
        // not released since: a second return is refused until the next release is recorded
        assertThatThrownBy(() -> p.returnToCustody(TODAY, CustodyReturnKind.RECALL, TODAY.plusDays(200), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not been released");
    }

    @Test
    void aReturnToCustodyIsRefusedWithEveryReason() {
        Participant p = released(TODAY.minusDays(60));
        assertThatThrownBy(() -> p.returnToCustody(TODAY.minusDays(70), null, TODAY.minusDays(80), TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("returned_on", "kind",
                                "next_expected_release"));
        assertThatThrownBy(() -> released(null).returnToCustody(TODAY, CustodyReturnKind.RECALL, TODAY.plusDays(9),
                TODAY, NOW)).hasMessageContaining("not been released");
    }

    @Test
    void anExitTakesItsTypeFromTheReasonAndHappensOnce() {
        Participant p = released(TODAY.minusDays(60));
        assertThatThrownBy(() -> p.exit(TODAY.plusDays(1), ExitReason.DECEASED, TODAY, NOW))
                .hasMessageContaining("today");
        assertThatThrownBy(() -> p.exit(TODAY, null, TODAY, NOW)).hasMessageContaining("exit_reason");
        p.exit(TODAY, ExitReason.MOVED_AWAY, TODAY, NOW);
        assertThat(p.getExitType()).isEqualTo(ExitType.UNPLANNED);
        assertThat(p.isOpen()).isFalse();
        assertThat(p.caseDates().exit()).isEqualTo(TODAY);
        assertThatThrownBy(() -> p.exit(TODAY, ExitReason.COMPLETED, TODAY, NOW)).hasMessageContaining("already");
        assertThatThrownBy(() -> p.returnToCustody(TODAY, CustodyReturnKind.RECALL, TODAY.plusDays(9), TODAY, NOW))
                .hasMessageContaining("ended");
    }

    @Test
    void everyExitReasonBelongsToOneKindOfExit() {
        assertThat(ExitReason.of(ExitType.PLANNED)).contains(ExitReason.COMPLETED).doesNotContain(ExitReason.DECEASED);
        assertThat(ExitReason.of(ExitType.UNPLANNED)).contains(ExitReason.RETURNED_TO_CUSTODY, ExitReason.DECEASED,
                ExitReason.NOT_ENGAGED, ExitReason.MOVED_AWAY);
        assertThat(ExitReason.of(ExitType.TRANSFERRED)).containsExactly(ExitReason.TRANSFERRED);
    }

    @Test
    void aProgramRoutesWomenToItsStreamOnlyWithinTheAgency() {
        Program stream = withId(new Program(agency, "REINT-W", "Women", BuiltInTemplates.REINTEGRATION), 101);
        reint.routeWomenTo(stream);
        assertThat(reint.enrolmentFor(Gender.F)).isSameAs(stream);
        assertThat(reint.enrolmentFor(Gender.M)).isSameAs(reint);
        assertThat(reint.enrolmentFor(Gender.X)).isSameAs(reint);
        assertThatThrownBy(() -> stream.routeWomenTo(reint)).hasMessageContaining("womens_stream");
        Program theirs = withId(new Program(withId(new Agency("TGT", "Gate"), 2), "W", "W",
                BuiltInTemplates.REINTEGRATION), 200);
        assertThatThrownBy(() -> reint.routeWomenTo(theirs)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reint.routeWomenTo(reint)).isInstanceOf(InvalidInputException.class);
    }
}
