package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.reoffending.ReoffendingEventType;
import org.gatehouse.warehouse.ReoffendingMeasures.Event;
import org.gatehouse.warehouse.ReoffendingMeasures.Member;
import org.gatehouse.warehouse.ReoffendingMeasures.Release;
import org.gatehouse.warehouse.ReoffendingMeasures.Row;
import org.junit.jupiter.api.Test;

/**
 * FORMATS.md §3 on a fixture of 28 people whose every figure was worked out by hand (the Wilson
 * intervals with a calculator, z = 1.96). The feed's latest extract is 2026-09-30, so a release is
 * measurable for 12 months up to 2025-04-01 (+365 +182 days) and for 24 months up to 2024-09-30.
 */
class ReoffendingMeasuresTest {

    private static final LocalDate EXTRACT = LocalDate.of(2026, 9, 30);

    private final List<Release> releases = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private long eventKeys;

    private void released(long person, String agency, String program, String day) {
        releases.add(new Release(person, agency, program, LocalDate.parse(day)));
    }

    private void offence(long person, String offence, String outcome) {
        events.add(new Event(person, ++eventKeys, ReoffendingEventType.PROVEN_OFFENCE, LocalDate.parse(offence),
                LocalDate.parse(outcome), null, null));
    }

    private void custody(long person, String start, CustodyReturnKind reason) {
        events.add(new Event(person, ++eventKeys, ReoffendingEventType.CUSTODY, null, null, LocalDate.parse(start),
                reason));
    }

    @Test
    void theFixturesFiguresAreTheHandWorkedOnes() {
        // 2025-Q1, A1, REINT: twelve released 2025-01-15 (one year to 2026-01-15, outcomes by 2026-07-16)
        for (long p = 1; p <= 12; p++) {
            released(p, "A1", "REINT", "2025-01-15");
        }
        offence(1, "2025-03-01", "2025-05-01");                 // 45 days
        events.add(events.get(0));                              // the same event given twice counts once
        offence(2, "2025-02-14", "2025-06-01");                 // 30 days
        offence(2, "2025-08-01", "2025-10-01");                 // a second reoffence
        offence(3, "2025-01-15", "2025-02-01");                 // on the release day: not after it
        offence(4, "2026-01-15", "2026-07-16");                 // the year's last day, proven on the last day: 365
        offence(5, "2026-01-16", "2026-02-01");                 // a day after the year
        offence(6, "2025-12-01", "2026-07-17");                 // proven a day after the waiting period
        custody(7, "2025-06-01", CustodyReturnKind.RECALL);    // back in custody within 12 months
        custody(8, "2025-06-01", CustodyReturnKind.REMAND);    // a remand is not a return
        custody(9, "2026-01-16", CustodyReturnKind.NEW_SENTENCE); // after the year
        released(11, "A1", "REINT", "2025-03-20");              // released again in the quarter: counted once, first
        offence(11, "2025-03-25", "2025-04-30");                // 69 days from the first release
        offence(12, "2024-12-01", "2025-01-05");                // before the release
        // 2025-Q1, A1, TTG: three released 2025-02-10, and person 26 (see A2, TTG)
        for (long p = 13; p <= 15; p++) {
            released(p, "A1", "TTG", "2025-02-10");
        }
        offence(13, "2025-05-01", "2025-06-01");                // 80 days
        // 2025-Q1, A2, REINT: five released on the quarter's last day
        for (long p = 16; p <= 20; p++) {
            released(p, "A2", "REINT", "2025-03-31");
        }
        offence(16, "2025-04-01", "2025-04-15");                // 1 day
        custody(19, "2026-03-31", CustodyReturnKind.NEW_SENTENCE); // the year's last day
        // 2025-Q2, A1, REINT: measurable on 2025-04-01 only
        released(21, "A1", "REINT", "2025-04-01");
        offence(21, "2025-05-01", "2025-05-20");                // 30 days
        released(22, "A1", "REINT", "2025-04-02");
        offence(22, "2025-05-01", "2025-05-20");                // not measurable: left out of every figure
        released(23, "A1", "REINT", "2025-06-30");
        // 2024-Q3, A2, TTG: released 2024-09-30, measurable for 24 months too
        for (long p = 24; p <= 27; p++) {
            released(p, "A2", "TTG", "2024-09-30");
        }
        custody(24, "2025-12-01", CustodyReturnKind.RECALL);   // within 24 months, not 12
        custody(25, "2025-01-10", CustodyReturnKind.NEW_SENTENCE); // within both
        custody(26 + 100, "2025-01-10", CustodyReturnKind.RECALL); // somebody else's
        custody(26, "2025-02-01", CustodyReturnKind.REMAND);
        offence(27, "2025-09-30", "2026-03-31");                // the year's last day, proven on the last day: 365
        // person 28 was enrolled with both agencies: A2 TTG released 2025-01-20, A1 TTG released 2025-02-10
        released(28, "A2", "TTG", "2025-01-20");
        released(28, "A1", "TTG", "2025-02-10");
        offence(28, "2025-02-01", "2025-03-01");                // 12 days for A2; before the A1 release

        List<Row> rows = ReoffendingMeasures.of(releases, events, EXTRACT);

        // cohort, agency, program, members, measurable, reoffenders, rate, ci low, ci high, reoffences, frequency,
        // mean days to first, custody 12m, its rate, measurable 24m, custody 24m, its rate
        assertThat(rows.stream().map(ReoffendingMeasuresTest::line).toList()).containsExactly(
                "2024-Q3,A2,TTG,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2024-Q3,A2,ALL,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2024-Q3,ALL,TTG,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2024-Q3,ALL,ALL,4,4,1,0.2500,0.0456,0.6994,1,0.2500,365.0,1,0.2500,4,2,0.5000",
                "2025-Q1,A1,REINT,12,12,4,0.3333,0.1381,0.6094,5,0.4167,127.3,1,0.0833,0,0,",
                "2025-Q1,A1,TTG,4,4,1,0.2500,0.0456,0.6994,1,0.2500,80.0,0,0.0000,0,0,",
                "2025-Q1,A1,ALL,16,16,5,0.3125,0.1416,0.5560,6,0.3750,117.8,1,0.0625,0,0,",
                "2025-Q1,A2,REINT,5,5,1,0.2000,0.0362,0.6245,1,0.2000,1.0,1,0.2000,0,0,",
                "2025-Q1,A2,TTG,1,1,1,1.0000,0.2065,1.0000,1,1.0000,12.0,0,0.0000,0,0,",
                "2025-Q1,A2,ALL,6,6,2,0.3333,0.0968,0.7000,2,0.3333,6.5,1,0.1667,0,0,",
                "2025-Q1,ALL,REINT,17,17,5,0.2941,0.1328,0.5313,6,0.3529,102.0,2,0.1176,0,0,",
                "2025-Q1,ALL,TTG,5,5,2,0.4000,0.1176,0.7693,2,0.4000,46.0,0,0.0000,0,0,",
                "2025-Q1,ALL,ALL,22,22,7,0.3182,0.1636,0.5268,8,0.3636,86.0,2,0.0909,0,0,",
                "2025-Q2,A1,REINT,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,",
                "2025-Q2,A1,ALL,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,",
                "2025-Q2,ALL,REINT,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,",
                "2025-Q2,ALL,ALL,3,1,1,1.0000,0.2065,1.0000,1,1.0000,30.0,0,0.0000,0,0,");
        assertThat(rows.get(13).notYetMeasurable()).isEqualTo(2);

        // the members the rows add up: person 11 once, at the first release; person 28 once per agency
        List<Member> members = ReoffendingMeasures.members(releases, events, EXTRACT);
        assertThat(members).hasSize(29);
        assertThat(members).filteredOn(m -> m.personKey() == 11).singleElement()
                .extracting(Member::release, Member::reoffender, Member::reoffences, Member::daysToFirst)
                .containsExactly(LocalDate.of(2025, 1, 15), true, 1, 69);
        assertThat(members).filteredOn(m -> m.personKey() == 2).singleElement()
                .extracting(Member::measurable, Member::reoffences, Member::daysToFirst, Member::custody12m)
                .containsExactly(true, 2, 30, false);
        assertThat(members).filteredOn(m -> m.personKey() == 22).singleElement()
                .extracting(Member::cohort, Member::measurable, Member::reoffender).containsExactly("2025-Q2", false, false);
        assertThat(members).filteredOn(m -> m.personKey() == 25).singleElement()
                .extracting(Member::custody12m, Member::measurable24m, Member::custody24m)
                .containsExactly(true, true, true);
        assertThat(members).filteredOn(m -> m.personKey() == 28).extracting(Member::agency, Member::reoffender)
                .containsExactlyInAnyOrder(tuple("A2", true), tuple("A1", false));
    }

    @Test
    void withoutAFeedNothingIsMeasurable() {
        released(1, "A1", "REINT", "2020-01-15");

        assertThat(ReoffendingMeasures.of(releases, events, null).stream().map(ReoffendingMeasuresTest::line))
                .first().isEqualTo("2020-Q1,A1,REINT,1,0,0,,,,0,,,0,,0,0,");
    }

    private static String line(Row r) {
        return Stream.of(r.cohort(), r.agency(), r.program(), r.members(), r.measurable(), r.reoffenders(), r.rate(),
                r.rateCiLow(), r.rateCiHigh(), r.reoffences(), r.frequency(), r.meanDaysToFirst(), r.custody12m(),
                r.custody12mRate(), r.measurable24m(), r.custody24m(), r.custody24mRate())
                .map(v -> Objects.toString(v, "")).collect(Collectors.joining(","));
    }
}
