package org.gatehouse.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.dashboards.Suppression.ALL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gatehouse.warehouse.ServiceLevelDefinition;
import org.junit.jupiter.api.Test;

/**
 * The cohorts' members and the release-based service levels' denominators, suppressed together:
 * a count of people released that one table withholds, the other does not show nearly as it is.
 */
class ReleaseTablesTest {

    private static final String QUARTER = "2025-Q1";

    private static PublishedTable.Builder cohorts() {
        return new PublishedTable.Builder(ReoffendingTable.DIMENSIONS);
    }

    private static PublishedTable.Builder levels() {
        return new PublishedTable.Builder(PublishedTable.MONTH, ServiceLevelDashboard.DIMENSIONS);
    }

    private static void members(PublishedTable.Builder cohorts, String agency, String program, int people) {
        for (int i = 0; i < people; i++) {
            cohorts.add(List.of(QUARTER), List.of(Set.of(agency), Set.of(program), Set.of("NORTH"), Set.of("F"),
                    Set.of("NOT_STATED"), Set.of("25-34"), List.of("NONE")), Map.of("members", 1L, "measurable", 1L,
                    "not_yet_measurable", 0L), Map.of());
        }
    }

    /** Every level's facts of a month: {@code released} people, each level's numerator half of them. */
    private static void released(PublishedTable.Builder levels, String month, String agency, String program,
                                 long released) {
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            levels.add(List.of(level.code(), QUARTER), List.of(Set.of(month), Set.of(agency), Set.of(program),
                    Set.of("NORTH")), Map.of("numerator", released / 2, "denominator", released), Map.of());
        }
    }

    private static Long members(ReleaseTables tables, String agency) {
        return tables.reoffending().lines(List.of(QUARTER), Map.of(), "AGENCY").stream()
                .filter(l -> l.group().equals(agency)).findFirst().orElseThrow().count("members");
    }

    private static Long denominator(ReleaseTables tables, String level, String agency) {
        return tables.serviceLevels().lines(List.of(level, QUARTER), Map.of(), "AGENCY").stream()
                .filter(l -> l.group().equals(agency)).findFirst().orElseThrow().count("denominator");
    }

    @Test
    void membersTheCohortsWithholdAreWithheldAsTheQuartersReleases() {
        // A: 3 members (withheld), yet 2 + 2 + 2 released in its months, a quarter of 6 the levels show alone
        PublishedTable.Builder cohorts = cohorts();
        members(cohorts, "A", "P", 3);
        members(cohorts, "B", "P", 20);
        members(cohorts, "C", "P", 30);
        PublishedTable.Builder levels = levels();
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            released(levels, month, "A", "P", 2);
            released(levels, month, "B", "P", 7);
            released(levels, month, "C", "P", 10);
        }
        PublishedTable apart = levels.build(5, List.of());
        assertThat(apart.lines(List.of("MET_AT_GATE", QUARTER), Map.of(), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("denominator")).containsExactly("A=6", "B=21", "C=30",
                        "ALL=57");

        ReleaseTables tables = ReleaseTables.suppressTogether(cohorts, levels, 5);

        assertThat(members(tables, "A")).isNull();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            Long a = denominator(tables, level.code(), "A");
            if (level.released() == ServiceLevelDefinition.Released.NONE) {
                assertThat(a).as(level.code()).isEqualTo(6L);
            } else {
                assertThat(a).as(level.code()).isNull();
            }
        }
        safeAndAgreeing(tables);
    }

    @Test
    void releasesTheLevelsWithholdAreWithheldAsMembers() {
        // D: 9 members, yet only 4 released in the quarter's months (the others moved to D since)
        PublishedTable.Builder cohorts = cohorts();
        members(cohorts, "B", "P", 20);
        members(cohorts, "C", "P", 30);
        members(cohorts, "D", "P", 9);
        PublishedTable.Builder levels = levels();
        released(levels, "2025-02", "B", "P", 20);
        released(levels, "2025-02", "C", "P", 30);
        released(levels, "2025-02", "D", "P", 4);
        assertThat(cohorts.build(5, ReoffendingTable.IDENTITIES).lines(List.of(QUARTER), Map.of(), "AGENCY"))
                .extracting(l -> l.group() + "=" + l.count("members")).containsExactly("B=20", "C=30", "D=9",
                        "ALL=59");

        ReleaseTables tables = ReleaseTables.suppressTogether(cohorts, levels, 5);

        assertThat(denominator(tables, "MET_AT_GATE", "D")).isNull();
        assertThat(members(tables, "D")).isNull();
        assertThat(members(tables, "B")).as("D's partner").isNull();
        assertThat(members(tables, "C")).isEqualTo(30L);
        safeAndAgreeing(tables);
    }

    @Test
    void theLevelsCountedByReleaseWithholdTheSameDenominators() {
        // a review's table: met at the gate 8, 3, 9 released in the quarter's months, first steps 8, 3, 7
        // (late March's releases still in their four weeks); apart, met at the gate's February takes
        // January with it and first steps' takes March, so 20 - 8 (first steps' January) - 9 gives it back
        PublishedTable.Builder cohorts = cohorts();
        members(cohorts, "A", "P", 20);
        PublishedTable.Builder levels = levels();
        List<String> months = List.of("2025-01", "2025-02", "2025-03");
        long[] every = {8, 3, 9};
        long[] firstSteps = {8, 3, 7};
        for (int i = 0; i < 3; i++) {
            for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
                long released = level.code().equals("FIRST_STEPS_WEEKLY") ? firstSteps[i] : every[i];
                levels.add(List.of(level.code(), QUARTER), List.of(Set.of(months.get(i)), Set.of("A"), Set.of("P"),
                        Set.of("NORTH")), Map.of("numerator", released / 2, "denominator", released), Map.of());
            }
        }
        PublishedTable apart = levels.build(5, List.of());
        assertThat(withheld(apart, "FIRST_STEPS_WEEKLY")).isNotEqualTo(withheld(apart, "MET_AT_GATE"));

        ReleaseTables tables = ReleaseTables.suppressTogether(cohorts, levels, 5);

        Set<List<String>> metAtTheGate = withheld(tables.serviceLevels(), "MET_AT_GATE");
        assertThat(metAtTheGate).isNotEmpty();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            if (level.released() != ServiceLevelDefinition.Released.NONE) {
                assertThat(withheld(tables.serviceLevels(), level.code())).as(level.code()).isEqualTo(metAtTheGate);
            }
        }
        safeAndAgreeing(tables);
    }

    /** The cells (without the level) where a level's denominator is withheld. */
    private static Set<List<String>> withheld(PublishedTable table, String level) {
        return table.cells().stream().filter(c -> c.key().get(0).equals(level) && c.count("denominator") == null)
                .map(c -> c.key().subList(1, c.key().size())).collect(java.util.stream.Collectors.toSet());
    }

    private static void safeAndAgreeing(ReleaseTables tables) {
        assertThat(Derivable.cells(tables.reoffending().cells(), ReoffendingTable.IDENTITIES.get(0))).isEmpty();
        for (ServiceLevelDefinition level : ServiceLevelDefinition.all()) {
            assertThat(Derivable.cells(tables.serviceLevels().cells().stream()
                    .filter(c -> c.key().get(0).equals(level.code())).toList())).as(level.code()).isEmpty();
        }
        agreeOnReleases(tables);
    }

    @Test
    void randomTablesAgreeOnWhatTheyWithholdOfThePeopleReleased() {
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            PublishedTable.Builder cohorts = cohorts();
            PublishedTable.Builder levels = levels();
            for (int agency = 0; agency < 4; agency++) {
                for (int program = 0; program < 3; program++) {
                    int people = random.nextInt(12);
                    members(cohorts, "A" + agency, "P" + program, people);
                    for (int month = 1; month <= 3; month++) {
                        // about a third of the members each month, give or take one
                        long released = Math.max(0, people / 3 + random.nextInt(3) - 1);
                        released(levels, "2025-0" + month, "A" + agency, "P" + program, released);
                    }
                }
            }
            safeAndAgreeing(ReleaseTables.suppressTogether(cohorts, levels, 5));
        }
    }

    /**
     * Wherever the cohorts withhold members (agency, program or region set), every release-based level
     * withholds the quarter's denominator there (where nonzero), and the other way round for the
     * levels that count every release.
     */
    private static void agreeOnReleases(ReleaseTables tables) {
        for (Suppression.Suppressed level : tables.serviceLevels().cells()) {
            List<String> key = level.key();
            ServiceLevelDefinition definition = ServiceLevelDefinition.all().stream()
                    .filter(l -> l.code().equals(key.get(0))).findFirst().orElseThrow();
            if (!ALL.equals(key.get(2)) || definition.released() == ServiceLevelDefinition.Released.NONE) {
                continue;
            }
            List<String> cohortKey = new ArrayList<>(List.of(key.get(1)));
            cohortKey.addAll(key.subList(3, 6));
            while (cohortKey.size() < 1 + ReoffendingTable.DIMENSIONS.size()) {
                cohortKey.add(ALL);
            }
            Suppression.Suppressed cohort = tables.reoffending().cell(cohortKey);
            if (cohort == null) {
                continue;
            }
            boolean membersWithheld = cohort.count("members") == null;
            boolean denominatorWithheld = level.count("denominator") == null;
            Long denominator = level.count("denominator");
            if (membersWithheld && (denominator == null || denominator > 0)) {
                assertThat(denominatorWithheld).as("%s: members withheld, denominator shown", key).isTrue();
            }
            if (definition.released() == ServiceLevelDefinition.Released.EVERY && denominatorWithheld) {
                assertThat(membersWithheld).as("%s: denominator withheld, members shown", key).isTrue();
            }
        }
    }
}
