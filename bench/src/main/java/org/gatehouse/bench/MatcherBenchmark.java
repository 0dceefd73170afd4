package org.gatehouse.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gatehouse.casework.Gender;
import org.gatehouse.matching.MatchRules;
import org.gatehouse.matching.MatchWeights;
import org.gatehouse.matching.Matcher;
import org.gatehouse.matching.MenteeProfile;
import org.gatehouse.matching.MentorCandidate;
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
 * Ranking one participant over a pool of mentors (issue 5's target: under 50 ms for 5,000), beside
 * a baseline measured in the same run: sorting as many random numbers as there are mentors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatcherBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Param({"5000"})
    public int mentors;

    private List<MentorCandidate> pool;
    private MenteeProfile mentee;
    private long[] numbers;

    @Setup
    public void generate() {
        Random random = new Random(42);
        WeeklySlot[] slots = WeeklySlot.values();
        pool = new ArrayList<>(mentors);
        for (long id = 1; id <= mentors; id++) {
            Set<WeeklySlot> available = EnumSet.noneOf(WeeklySlot.class);
            for (int s = 1 + random.nextInt(6); s > 0; s--) {
                available.add(slots[random.nextInt(slots.length)]);
            }
            int capacity = 1 + random.nextInt(4);
            pool.add(new MentorCandidate(id, "Mentor " + id, random.nextInt(10) > 0,
                    random.nextBoolean() ? Gender.F : Gender.M,
                    MentorType.values()[random.nextInt(MentorType.values().length)],
                    new String[] {"NORTH", "SOUTH", "METRO"}[random.nextInt(3)],
                    Set.of(new String[] {"English", "Arabic", "Vietnamese", "Pitjantjatjara"}[random.nextInt(4)]),
                    random.nextInt(5) == 0 ? "Lebanese" : null, random.nextBoolean(), available, capacity,
                    random.nextInt(capacity + 1), random.nextInt(6), random.nextInt(10) > 0, random.nextInt(10) > 0,
                    TODAY.minusDays(random.nextInt(2000))));
        }
        mentee = new MenteeProfile(1, "NORTH", false, false, true, Set.of("arabic"), "lebanese",
                Set.of(WeeklySlot.MON_EVENING, WeeklySlot.SAT_MORNING, WeeklySlot.WED_AFTERNOON), Set.of(17L, 42L));
        numbers = random.longs(mentors).toArray();
    }

    @Benchmark
    public Ranking rankOneParticipant() {
        return Matcher.rank(mentee, pool, MatchWeights.DEFAULT, MatchRules.DEFAULT, TODAY);
    }

    @Benchmark
    public long[] baselineSortAsManyNumbers() {
        long[] copy = numbers.clone();
        Arrays.sort(copy);
        return copy;
    }
}
