package org.gatehouse.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gatehouse.casework.Gender;
import org.gatehouse.matching.MatchRules;
import org.gatehouse.matching.MatchWeights;
import org.gatehouse.matching.Matcher;
import org.gatehouse.matching.MenteeProfile;
import org.gatehouse.matching.MentorCandidate;
import org.gatehouse.matching.Pool;
import org.gatehouse.matching.PoolAssigner;
import org.gatehouse.matching.Ranking;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A pool proposal for every waiting participant at once (issue 5: 1,000 of them), beside a baseline
 * measured in the same run: a greedy pass that gives each participant in turn their best mentor
 * with a free place. The optimum (most placed, then best total score) is never worse than the
 * greedy pass; the setup prints both results so the gain can be read next to the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PoolBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] REGIONS = {"NORTH", "SOUTH", "METRO"};
    private static final String[] LANGUAGES = {"English", "Arabic", "Vietnamese", "Pitjantjatjara"};

    @Param({"1000"})
    public int waiting;

    @Param({"400"})
    public int mentors;

    private List<MenteeProfile> mentees;
    private List<MentorCandidate> pool;

    @Setup
    public void generate() {
        Random random = new Random(42);
        WeeklySlot[] slots = WeeklySlot.values();
        pool = new ArrayList<>();
        for (long id = 1; id <= mentors; id++) {
            int capacity = 1 + random.nextInt(4);
            pool.add(new MentorCandidate(id, "Mentor " + id, random.nextInt(10) > 0,
                    random.nextBoolean() ? Gender.F : Gender.M,
                    MentorType.values()[random.nextInt(MentorType.values().length)], REGIONS[random.nextInt(3)],
                    Set.of(LANGUAGES[random.nextInt(4)]), random.nextInt(5) == 0 ? "Lebanese" : null,
                    random.nextBoolean(), slots(random, slots, 1 + random.nextInt(6)), capacity,
                    random.nextInt(2), random.nextInt(6), random.nextInt(10) > 0, random.nextInt(10) > 0,
                    TODAY.minusDays(random.nextInt(2000))));
        }
        mentees = new ArrayList<>();
        for (long id = 1; id <= waiting; id++) {
            mentees.add(new MenteeProfile(100_000 + id, REGIONS[random.nextInt(3)], random.nextInt(4) == 0,
                    random.nextInt(6) == 0, random.nextBoolean(), Set.of(LANGUAGES[random.nextInt(4)]),
                    random.nextInt(5) == 0 ? "Lebanese" : null, slots(random, slots, random.nextInt(4)),
                    random.nextInt(10) == 0 ? Set.of((long) 1 + random.nextInt(mentors)) : Set.of()));
        }
        Pool optimal = proposeForEveryone();
        Pool greedy = baselineGreedyPass();
        System.out.printf("%n[pool] %d waiting, %d mentors with %d free places%n", waiting, mentors,
                pool.stream().mapToInt(m -> Math.max(0, m.capacity() - m.currentLoad())).sum());
        long pairs = mentees.stream().mapToLong(m -> Matcher.rank(m, pool, MatchWeights.DEFAULT, MatchRules.DEFAULT,
                TODAY).proposals().size()).sum();
        System.out.printf("[pool] %d eligible participant-mentor pairs (arcs of the flow network)%n", pairs);
        System.out.printf("[pool] optimal: %d placed, total score %d%n", optimal.assignments().size(),
                optimal.totalScore());
        System.out.printf("[pool] greedy:  %d placed, total score %d%n", greedy.assignments().size(),
                greedy.totalScore());
    }

    private static Set<WeeklySlot> slots(Random random, WeeklySlot[] all, int count) {
        Set<WeeklySlot> chosen = EnumSet.noneOf(WeeklySlot.class);
        for (int k = count; k > 0; k--) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return chosen;
    }

    @Benchmark
    public Pool proposeForEveryone() {
        return PoolAssigner.assign(mentees, pool, MatchWeights.DEFAULT, MatchRules.DEFAULT, TODAY);
    }

    /** Each participant in turn (by id) gets the best-ranked mentor who still has a free place. */
    @Benchmark
    public Pool baselineGreedyPass() {
        Map<Long, Integer> used = new HashMap<>();
        List<Pool.Assignment> placed = new ArrayList<>();
        List<Pool.Unplaced> left = new ArrayList<>();
        for (MenteeProfile mentee : mentees) {
            List<Ranking.Proposal> ranked = Matcher.rank(mentee, pool, MatchWeights.DEFAULT, MatchRules.DEFAULT,
                    TODAY).proposals();
            Ranking.Proposal chosen = ranked.stream().filter(p -> used.getOrDefault(p.mentor().id(), 0)
                    < p.mentor().capacity() - p.mentor().currentLoad()).findFirst().orElse(null);
            if (chosen == null) {
                left.add(new Pool.Unplaced(mentee.participantId(), ranked.size()));
            } else {
                used.merge(chosen.mentor().id(), 1, Integer::sum);
                placed.add(new Pool.Assignment(mentee.participantId(), chosen));
            }
        }
        return new Pool(placed, left);
    }
}
