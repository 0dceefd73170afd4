package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.dashboards.Suppression.ALL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gatehouse.platform.Violation;
import org.junit.jupiter.api.Test;

/** The commissioners' published cells: what a request reads from them, and that no sum gives a withheld cell away. */
class PublishedTableTest {

    private static final List<String> DIMENSIONS = List.of("AGENCY", "PROGRAM", "GENDER");
    private static final Suppression.RowIdentity MEMBERS = new Suppression.RowIdentity("members",
            List.of("measurable", "not_yet_measurable"));

    private static PublishedTable.Builder person(PublishedTable.Builder table, String cohort, String agency,
                                                 String program, String gender, boolean measurable) {
        return table.add(List.of(cohort), List.of(Set.of(agency), Set.of(program), Set.of(gender)),
                Map.of("members", 1L, "measurable", measurable ? 1L : 0L, "not_yet_measurable", measurable ? 0L : 1L),
                Map.of("days", 10L));
    }

    @Test
    void aRequestReadsTheCellsOfItsFilterAndBreakdown() {
        PublishedTable.Builder builder = new PublishedTable.Builder(DIMENSIONS);
        for (int i = 0; i < 12; i++) {
            person(builder, "2025-Q1", "A", i < 7 ? "P" : "Q", i % 2 == 0 ? "F" : "M", true);
        }
        for (int i = 0; i < 9; i++) {
            person(builder, "2025-Q1", "B", "P", "F", i < 6);
        }
        PublishedTable table = builder.build(1, List.of(MEMBERS));

        assertThat(table.leads()).containsExactly(List.of("2025-Q1"));
        assertThat(table.lines(List.of("2025-Q1"), Map.of("AGENCY", "A"), "PROGRAM"))
                .extracting(l -> l.group() + "=" + l.count("members") + "/" + l.sum("days"))
                .containsExactly("P=7/70", "Q=5/50", "ALL=12/120");
        assertThat(table.lines(List.of("2025-Q1"), Map.of("PROGRAM", "P"), "GENDER"))
                .extracting(l -> l.group() + "=" + l.count("members")).containsExactly("F=13", "M=3", "ALL=16");
        // a filter broken down by its own dimension: the one group
        assertThat(table.lines(List.of("2025-Q1"), Map.of("AGENCY", "B"), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("not_yet_measurable")).containsExactly("B=3", "ALL=3");
        // nobody there: zeros, shown
        assertThat(table.lines(List.of("2024-Q4"), Map.of("AGENCY", "C"), "GENDER"))
                .extracting(l -> l.group() + "=" + l.count("members") + "/" + l.counts().suppressed())
                .containsExactly("ALL=0/false");
    }

    @Test
    void monthsAddUpToARangeThatIsWithheldWhereAnyMonthIs() {
        PublishedTable.Builder builder = new PublishedTable.Builder(DIMENSIONS);
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            for (int i = 0; i < (month.equals("2025-02") ? 3 : 8); i++) {
                person(builder, month, "A", "P", "F", true);
            }
            for (int i = 0; i < 6; i++) {
                person(builder, month, "B", "P", "F", true);
            }
        }
        PublishedTable table = builder.build(5, List.of(MEMBERS));
        List<PublishedTable.Line> lines = new ArrayList<>();
        for (List<String> lead : table.leads()) {
            lines.addAll(table.lines(lead, Map.of(), "AGENCY"));
        }
        // A's February is withheld (3), so is B's (its lone sibling): neither agency's quarter can be had,
        // or January to March less January and March would give February back; the total stands
        assertThat(PublishedTable.added(lines, lead -> List.of()))
                .extracting(l -> l.group() + "=" + l.count("members") + "/" + l.counts().suppressed())
                .containsExactly("A=null/true", "B=null/true", "ALL=37/false");
    }

    private static void monthly(PublishedTable.Builder table, String month, String agency, String program,
                                int people) {
        for (int i = 0; i < people; i++) {
            table.add(List.of("2025-Q1"), List.of(Set.of(month), Set.of(agency), Set.of(program), Set.of("F")),
                    Map.of("members", 1L, "measurable", 1L, "not_yet_measurable", 0L), Map.of());
        }
    }

    @Test
    void aQuarterAndItsMonthsArePublishedTogether() {
        PublishedTable.Builder builder = new PublishedTable.Builder(PublishedTable.MONTH, DIMENSIONS);
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            monthly(builder, month, "A", "P", 3);
            monthly(builder, month, "B", "P", 8);
            monthly(builder, month, "B", "Q", 7);
        }
        PublishedTable table = builder.build(5, List.of(MEMBERS));
        List<String> quarter = List.of("2025-Q1");

        // A's months are withheld (3 each); its quarter (9) is not, and no month can be had from it:
        // every month of A's is withheld, and so is B's each month (their lone sibling)
        assertThat(table.lines(quarter, Map.of("AGENCY", "A"), PublishedTable.MONTH))
                .extracting(l -> l.group() + "=" + l.count("members"))
                .containsExactly("2025-01=null", "2025-02=null", "2025-03=null", "ALL=9");
        assertThat(table.lines(quarter, Map.of(), "AGENCY")).extracting(l -> l.group() + "=" + l.count("members"))
                .containsExactly("A=9", "B=45", "ALL=54");
        assertThat(table.lines(quarter, Map.of(PublishedTable.MONTH, "2025-02"), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("members"))
                .containsExactly("A=null", "B=null", "ALL=18");
        // the period is set besides a filter and a breakdown (B's withheld January takes its parts with it);
        // two dimensions besides it are not published
        assertThat(table.lines(quarter, Map.of(PublishedTable.MONTH, "2025-01", "PROGRAM", "Q"), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("members")).containsExactly("B=null", "ALL=null");
        assertThat(table.lines(quarter, Map.of("PROGRAM", "Q"), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("members")).containsExactly("B=21", "ALL=21");
        assertThatThrownBy(() -> table.lines(quarter, Map.of("AGENCY", "B", "PROGRAM", "P"), "GENDER"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Derivable.cells(table.cells(), MEMBERS)).isEmpty();
    }

    @Test
    void noWithheldCellCanBeWorkedOutFromAnyCombinationOfSumsOfRandomTables() {
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            // every other table splits its quarters into months too
            boolean months = seed % 2 == 0;
            PublishedTable.Builder builder = months ? new PublishedTable.Builder(PublishedTable.MONTH, DIMENSIONS)
                    : new PublishedTable.Builder(DIMENSIONS);
            int people = 20 + random.nextInt(200);
            for (int i = 0; i < people; i++) {
                String quarter = "2025-Q" + (1 + random.nextInt(2));
                List<Set<String>> values = new ArrayList<>(List.of(Set.of("A" + random.nextInt(4)),
                        Set.of("P" + random.nextInt(5)), Set.of(random.nextBoolean() ? "F" : "M")));
                if (months) {
                    values.add(0, Set.of(quarter + "-M" + random.nextInt(3)));
                }
                boolean measurable = random.nextInt(4) > 0;
                builder.add(List.of(quarter), values, Map.of("members", 1L, "measurable", measurable ? 1L : 0L,
                        "not_yet_measurable", measurable ? 0L : 1L), Map.of());
            }
            PublishedTable table = builder.build(5, List.of(MEMBERS));
            for (List<String> lead : table.leads()) {
                List<Suppression.Suppressed> cells = table.cells().stream()
                        .filter(c -> c.key().subList(0, 1).equals(lead)).toList();
                assertThat(Derivable.cells(cells, MEMBERS)).as("seed %d %s", seed, lead).isEmpty();
                for (Suppression.Suppressed cell : cells) {
                    for (Long count : cell.counts().values()) {
                        assertThat(count == null || count == 0 || count >= 5).as("seed %d", seed).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aRequestSettingTwoDimensionsIsRefusedByField() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agency", "A");
        fields.put("program", null);
        fields.put("region", "NORTH");
        assertThat(PublishedTable.oneFilter(fields)).extracting(Violation::field).containsExactly("region");
        assertThat(PublishedTable.oneFilter(fields).get(0).message()).contains("one filter at a time")
                .contains("agency");
        fields.put("region", null);
        assertThat(PublishedTable.oneFilter(fields)).isEmpty();
    }
}
