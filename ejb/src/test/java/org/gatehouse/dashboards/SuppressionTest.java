package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.dashboards.Suppression.ALL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.dashboards.Suppression.CountRow;
import org.gatehouse.dashboards.Suppression.Suppressed;
import org.junit.jupiter.api.Test;

/** FORMATS.md §3's suppression, worked by hand (threshold 5 unless said). */
class SuppressionTest {

    private static CountRow row(String agency, String program, long measurable) {
        return new CountRow(List.of("2025-Q1", agency, program), Map.of("measurable", measurable));
    }

    /** Each row's measurable count as "agency/program=count", null where withheld. */
    private static List<String> shown(List<Suppressed> rows) {
        return rows.stream().map(r -> r.key().get(1) + "/" + r.key().get(2) + "=" + r.count("measurable")).toList();
    }

    @Test
    void countsFromOneToFourAreWithheldAndZeroIsShown() {
        List<Suppressed> rows = Suppression.apply(List.of(new CountRow(List.of("2025-Q1", "A", "P"),
                Map.of("measurable", 12L, "reoffenders", 4L, "custody_12m", 0L, "reoffences", 5L))), 5);

        Suppressed only = rows.get(0);
        assertThat(only.count("measurable")).isEqualTo(12);
        assertThat(only.count("reoffenders")).isNull();
        assertThat(only.count("custody_12m")).isZero();
        assertThat(only.count("reoffences")).isEqualTo(5);
        assertThat(only.suppressed()).isTrue();
        assertThat(only.showsRatio("reoffenders", "measurable", 5)).as("its numerator withheld").isFalse();
        assertThat(only.showsRatio("custody_12m", "measurable", 5)).isTrue();
    }

    @Test
    void aRatioOverADenominatorBelowTheThresholdIsWithheldEvenWhenItsCountsAreShown() {
        Suppressed row = Suppression.apply(List.of(new CountRow(List.of("2025-Q1"),
                Map.of("measurable", 0L, "reoffenders", 0L))), 5).get(0);
        assertThat(row.count("measurable")).isZero();
        assertThat(row.showsRatio("reoffenders", "measurable", 5)).isFalse();
        assertThat(row.suppressed()).isFalse();
    }

    @Test
    void aLoneWithheldCountTakesItsSmallestNonZeroSiblingWithIt() {
        // programs P1..P4 of agency A add up to A/ALL; P1 is withheld, so P3 (8, smallest non-zero) goes too
        List<Suppressed> rows = Suppression.apply(List.of(row("A", "P1", 3), row("A", "P2", 20), row("A", "P3", 8),
                row("A", "P4", 0), row("A", ALL, 31)), 5);

        assertThat(shown(rows)).containsExactly("A/P1=null", "A/P2=20", "A/P3=null", "A/P4=0", "A/ALL=31");
        assertThat(rows).extracting(Suppressed::suppressed).containsExactly(true, false, true, false, false);
    }

    @Test
    void twoWithheldSiblingsNeedNoMoreAndZerosAreNeverTaken() {
        assertThat(shown(Suppression.apply(List.of(row("A", "P1", 3), row("A", "P2", 2), row("A", "P3", 9),
                row("A", ALL, 14)), 5))).containsExactly("A/P1=null", "A/P2=null", "A/P3=9", "A/ALL=14");
        // the only sibling is 0: there is nothing to withhold with it (the total of 3 is withheld itself)
        assertThat(shown(Suppression.apply(List.of(row("A", "P1", 3), row("A", "P2", 0), row("A", ALL, 3)), 5)))
                .containsExactly("A/P1=null", "A/P2=0", "A/ALL=null");
    }

    @Test
    void secondarySuppressionFollowsThroughEveryTotalTheCellAddsUpTo() {
        // agencies A, B by programs P, Q with every total: A/P = 3 is withheld; A/Q goes for A/ALL's sake,
        // B/P for ALL/P's; that leaves A/Q alone in ALL/Q, so B/Q goes too; the totals stay
        List<CountRow> table = List.of(row("A", "P", 3), row("A", "Q", 10), row("A", ALL, 13),
                row("B", "P", 12), row("B", "Q", 7), row("B", ALL, 19),
                row(ALL, "P", 15), row(ALL, "Q", 17), row(ALL, ALL, 32));

        assertThat(shown(Suppression.apply(table, 5))).containsExactly("A/P=null", "A/Q=null", "A/ALL=13",
                "B/P=null", "B/Q=null", "B/ALL=19", "ALL/P=15", "ALL/Q=17", "ALL/ALL=32");
        // no withheld cell is alone among the rows of any total: none can be had by subtraction
        assertThat(loneWithheld(Suppression.apply(table, 5))).isEmpty();
    }

    @Test
    void aTotalWithheldForAnotherSumTakesOneOfItsOwnPartsWithIt() {
        // B/ALL = 3 is withheld, so A/ALL (20, the smallest sibling) goes too; A's programs would give
        // it back (10 + 10): A/P1 goes, then A/P2 as its lone sibling; each of ALL/P1 and ALL/P2 then
        // has one withheld part and no other non-zero one, so the totals themselves go
        List<CountRow> table = List.of(row("A", "P1", 10), row("A", "P2", 10), row("A", ALL, 20),
                row("B", "Q", 3), row("B", ALL, 3), row("C", "R", 30), row("C", ALL, 30),
                row(ALL, "P1", 10), row(ALL, "P2", 10), row(ALL, "Q", 3), row(ALL, "R", 30), row(ALL, ALL, 53));

        List<Suppressed> rows = Suppression.apply(table, 5);
        assertThat(shown(rows)).containsExactly("A/P1=null", "A/P2=null", "A/ALL=null", "B/Q=null", "B/ALL=null",
                "C/R=30", "C/ALL=30", "ALL/P1=null", "ALL/P2=null", "ALL/Q=null", "ALL/R=30", "ALL/ALL=53");
    }

    @Test
    void aColumnThatIsTheSumOfOthersInItsRowKeepsThemFromBeingWorkedOut() {
        // 12 members, 9 measurable, 3 not yet: the 3 is withheld, and so must the 9 be (12 - 9 = 3)
        Suppression.RowIdentity members = new Suppression.RowIdentity("members",
                List.of("measurable", "not_yet_measurable"));
        Suppressed row = Suppression.apply(List.of(new CountRow(List.of("2025-Q1"), Map.of("members", 12L,
                "measurable", 9L, "not_yet_measurable", 3L))), 5, List.of(members), Set.of()).get(0);
        assertThat(row.count("not_yet_measurable")).isNull();
        assertThat(row.count("measurable")).isNull();
        assertThat(row.count("members")).isEqualTo(12);
        // with no identity given, each column stands alone (the gap the identity closes)
        assertThat(Suppression.apply(List.of(new CountRow(List.of("2025-Q1"), Map.of("members", 12L,
                "measurable", 9L, "not_yet_measurable", 3L))), 5).get(0).count("measurable")).isEqualTo(9);
        // small counts withheld on their own: 4 members, 4 not yet measurable, 0 measurable shown
        Suppressed total = Suppression.apply(List.of(new CountRow(List.of("2025-Q1"), Map.of("members", 4L,
                "measurable", 0L, "not_yet_measurable", 4L))), 5, List.of(members), Set.of()).get(0);
        assertThat(total.counts()).containsEntry("members", null).containsEntry("not_yet_measurable", null)
                .containsEntry("measurable", 0L);
    }

    @Test
    void noWithheldCountCanBeWorkedOutByCombiningSeveralSums() {
        // agencies A0-A3 by programs P0-P4 with every total (a table a review worked by hand: before the
        // chains were checked, A1/P1 + A1/P2 + A1/P4 = 8, A1/P1 + A3/P1 = 7, A1/P4 + A3/P4 = 6 and
        // A3/P1 + A3/P4 = 8 gave A1/P2 = 3 away)
        long[][] counts = {{6, 5, 4, 5, 9}, {8, 3, 3, 5, 2}, {3, 10, 3, 3, 6}, {6, 4, 6, 7, 4}};
        List<CountRow> table = new ArrayList<>();
        long all = 0;
        long[] programTotals = new long[5];
        for (int a = 0; a < 4; a++) {
            long agencyTotal = 0;
            for (int p = 0; p < 5; p++) {
                table.add(row("A" + a, "P" + p, counts[a][p]));
                agencyTotal += counts[a][p];
                programTotals[p] += counts[a][p];
            }
            table.add(row("A" + a, ALL, agencyTotal));
            all += agencyTotal;
        }
        for (int p = 0; p < 5; p++) {
            table.add(row(ALL, "P" + p, programTotals[p]));
        }
        table.add(row(ALL, ALL, all));

        List<Suppressed> rows = Suppression.apply(table, 5);
        assertThat(Derivable.cells(rows)).isEmpty();
        assertThat(rows).filteredOn(r -> r.key().get(1).equals("A1") && r.key().get(2).equals("P2"))
                .extracting(r -> r.count("measurable")).containsOnlyNulls();
    }

    @Test
    void aCountAnotherTableWithholdsIsWithheldAsIfSmallWithItsPartner() {
        // A/P = 9 is shown on its own; withheld because another table withholds it, so is its sibling
        List<CountRow> table = List.of(row("A", "P", 9), row("A", "Q", 12), row("A", ALL, 21));
        assertThat(shown(Suppression.apply(table, 5))).containsExactly("A/P=9", "A/Q=12", "A/ALL=21");
        assertThat(shown(Suppression.apply(table, 5, List.of(), Set.of(new Suppression.Withheld(
                List.of("2025-Q1", "A", "P"), "measurable"))))).containsExactly("A/P=null", "A/Q=null", "A/ALL=21");
        // a zero stays shown (nobody to protect), and a key the rows lack changes nothing
        assertThat(shown(Suppression.apply(List.of(row("A", "P", 0), row("A", ALL, 0)), 5, List.of(), Set.of(
                new Suppression.Withheld(List.of("2025-Q1", "A", "P"), "measurable"), new Suppression.Withheld(
                        List.of("2025-Q1", "B", "P"), "measurable"))))).containsExactly("A/P=0", "A/ALL=0");
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(shown(Suppression.apply(List.of(row("A", "P", 3)), 3))).containsExactly("A/P=3");
        assertThat(shown(Suppression.apply(List.of(row("A", "P", 9)), 10))).containsExactly("A/P=null");
        assertThatThrownBy(() -> Suppression.apply(List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void twoRowsUnderOneKeyAreRefused() {
        assertThatThrownBy(() -> Suppression.apply(List.of(row("A", "P", 3), row("A", "P", 4)), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2025-Q1, A, P]");
    }

    /** Withheld cells alone among the detail rows of some total (of agencies or of programs). */
    private static List<String> loneWithheld(List<Suppressed> rows) {
        List<String> lone = new ArrayList<>();
        for (Suppressed total : rows) {
            for (int position = 1; position <= 2; position++) {
                if (!ALL.equals(total.key().get(position))) {
                    continue;
                }
                int other = 3 - position;
                List<Suppressed> members = new ArrayList<>();
                for (Suppressed r : rows) {
                    if (!ALL.equals(r.key().get(position)) && r.key().get(other).equals(total.key().get(other))) {
                        members.add(r);
                    }
                }
                List<Suppressed> withheld = members.stream().filter(r -> r.count("measurable") == null).toList();
                if (withheld.size() == 1) {
                    lone.add(withheld.get(0).key().toString());
                }
            }
        }
        return lone;
    }
}
