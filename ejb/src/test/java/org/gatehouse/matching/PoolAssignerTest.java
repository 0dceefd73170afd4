package org.gatehouse.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.junit.jupiter.api.Test;

class PoolAssignerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MentorCandidate mentor(long id, String region, int capacity) {
        return new MentorCandidate(id, "M" + id, true, Gender.F, MentorType.VOLUNTEER, region, Set.of(), null, false,
                Set.of(), capacity, 0, 0, true, true, null);
    }

    private static MenteeProfile mentee(long id, String region, Set<Long> conflicts) {
        return new MenteeProfile(id, region, false, false, false, Set.of(), null, Set.of(), conflicts);
    }

    private static Pool assign(List<MenteeProfile> mentees, List<MentorCandidate> mentors) {
        return PoolAssigner.assign(mentees, mentors, MatchWeights.DEFAULT, MatchRules.DEFAULT, TODAY);
    }

    private static Map<Long, Long> placements(Pool pool) {
        Map<Long, Long> placed = new HashMap<>();
        pool.assignments().forEach(a -> placed.put(a.participantId(), a.proposal().mentor().id()));
        return placed;
    }

    @Test
    void givesUpABetterSingleFitWhenThatPlacesEveryone() {
        // A greedy pass gives participant 1 its best mentor (10, same region) and leaves 2 with nobody:
        // 2 is in conflict with mentor 20.
        List<MentorCandidate> mentors = List.of(mentor(10, "NORTH", 1), mentor(20, "SOUTH", 1));
        Pool pool = assign(List.of(mentee(1, "NORTH", Set.of()), mentee(2, "NORTH", Set.of(20L))), mentors);
        assertThat(placements(pool)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 20L, 2L, 10L));
        assertThat(pool.unplaced()).isEmpty();
    }

    @Test
    void prefersTheHigherTotalScoreWhenEveryoneIsPlacedEitherWay() {
        List<MentorCandidate> mentors = List.of(mentor(10, "NORTH", 1), mentor(20, "SOUTH", 1));
        Pool pool = assign(List.of(mentee(1, "SOUTH", Set.of()), mentee(2, "NORTH", Set.of())), mentors);
        assertThat(placements(pool)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 20L, 2L, 10L));
        assertThat(pool.totalScore()).isEqualTo(2 * (30 + 10));
    }

    @Test
    void respectsEveryMentorsFreePlacesAndSaysWhyOthersAreLeft() {
        MentorCandidate halfFull = new MentorCandidate(10, "M10", true, Gender.F, MentorType.VOLUNTEER, "NORTH",
                Set.of(), null, false, Set.of(), 3, 1, 0, true, true, null);
        List<MenteeProfile> five = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            five.add(mentee(id, "NORTH", Set.of()));
        }
        five.add(new MenteeProfile(6, "NORTH", true, false, false, Set.of(), null, Set.of(), Set.of()));
        MentorCandidate man = new MentorCandidate(30, "M30", true, Gender.M, MentorType.VOLUNTEER, "NORTH",
                Set.of(), null, false, Set.of(), 1, 0, 0, true, true, null);
        Pool pool = assign(five, List.of(halfFull, man));
        assertThat(pool.assignments()).hasSize(3);
        assertThat(pool.assignments().stream().filter(a -> a.proposal().mentor().id() == 10)).hasSize(2);
        assertThat(pool.unplaced()).hasSize(3);
        // everyone left had an eligible mentor whose places went to others
        assertThat(pool.unplaced()).allSatisfy(u -> assertThat(u.eligibleMentors()).isBetween(1, 2));
    }

    @Test
    void nobodyEligibleLeavesEveryoneUnplaced() {
        Pool pool = assign(List.of(mentee(1, "NORTH", Set.of(10L))), List.of(mentor(10, "NORTH", 2)));
        assertThat(pool.assignments()).isEmpty();
        assertThat(pool.unplaced()).containsExactly(new Pool.Unplaced(1, 0));
        assertThat(assign(List.of(), List.of()).assignments()).isEmpty();
    }

    /**
     * Property: on many small random pools the assignment is eligible, within capacity, and as good
     * as the best found by trying every possibility (most placed, then highest total score).
     */
    @Test
    void matchesAnExhaustiveSearchOnSmallPools() {
        Random random = new Random(5);
        WeeklySlot[] slots = WeeklySlot.values();
        for (int round = 0; round < 300; round++) {
            List<MentorCandidate> mentors = new ArrayList<>();
            for (long id = 1; id <= 1 + random.nextInt(4); id++) {
                Set<WeeklySlot> available = EnumSet.noneOf(WeeklySlot.class);
                available.add(slots[random.nextInt(slots.length)]);
                int capacity = 1 + random.nextInt(2);
                mentors.add(new MentorCandidate(id, "M" + id, true, random.nextBoolean() ? Gender.F : Gender.M,
                        random.nextInt(3) == 0 ? MentorType.PAID : MentorType.VOLUNTEER,
                        random.nextBoolean() ? "NORTH" : "SOUTH", Set.of(random.nextBoolean() ? "English" : "Arabic"),
                        null, random.nextBoolean(), available, capacity, random.nextInt(capacity + 1), 0,
                        random.nextInt(6) > 0, true, null));
            }
            List<MenteeProfile> mentees = new ArrayList<>();
            for (long id = 100; id < 100 + 1 + random.nextInt(6); id++) {
                mentees.add(new MenteeProfile(id, random.nextBoolean() ? "NORTH" : "SOUTH", random.nextInt(4) == 0,
                        random.nextInt(4) == 0, random.nextBoolean(), Set.of(random.nextBoolean() ? "English" : "Arabic"),
                        null, Set.of(slots[random.nextInt(slots.length)]), Set.of((long) 1 + random.nextInt(4))));
            }
            Pool pool = assign(mentees, mentors);
            Map<Long, Integer> used = new HashMap<>();
            for (Pool.Assignment a : pool.assignments()) {
                MenteeProfile mentee = mentees.stream().filter(m -> m.participantId() == a.participantId())
                        .findFirst().orElseThrow();
                assertThat(Matcher.exclusions(mentee, a.proposal().mentor(), MatchRules.DEFAULT, TODAY)).isEmpty();
                used.merge(a.proposal().mentor().id(), 1, Integer::sum);
            }
            for (MentorCandidate m : mentors) {
                assertThat(used.getOrDefault(m.id(), 0)).isLessThanOrEqualTo(m.capacity() - m.currentLoad());
            }
            assertThat(pool.assignments().size() + pool.unplaced().size()).isEqualTo(mentees.size());
            long[] best = exhaustive(mentees, mentors, 0, new HashMap<>());
            assertThat(new long[] {pool.assignments().size(), pool.totalScore()}).as("round " + round)
                    .containsExactly(best);
        }
    }

    /** {placed, total score} of the best assignment of mentees[from..], given the places already used. */
    private static long[] exhaustive(List<MenteeProfile> mentees, List<MentorCandidate> mentors, int from,
                                     Map<Long, Integer> used) {
        if (from == mentees.size()) {
            return new long[] {0, 0};
        }
        long[] best = exhaustive(mentees, mentors, from + 1, used);
        for (Ranking.Proposal p : Matcher.rank(mentees.get(from), mentors, MatchWeights.DEFAULT, MatchRules.DEFAULT,
                TODAY).proposals()) {
            MentorCandidate m = p.mentor();
            if (used.getOrDefault(m.id(), 0) < m.capacity() - m.currentLoad()) {
                used.merge(m.id(), 1, Integer::sum);
                long[] rest = exhaustive(mentees, mentors, from + 1, used);
                used.merge(m.id(), -1, Integer::sum);
                long[] with = {rest[0] + 1, rest[1] + p.score()};
                if (with[0] > best[0] || (with[0] == best[0] && with[1] > best[1])) {
                    best = with;
                }
            }
        }
        return best;
    }
}
