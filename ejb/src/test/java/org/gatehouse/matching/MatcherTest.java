package org.gatehouse.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String RISK = "a high risk-of-harm case needs a paid mentor or one with 3 completed matches";

    private static MentorCandidate mentor(long id) {
        return new MentorCandidate(id, "M" + id, true, Gender.F, MentorType.VOLUNTEER, "NORTH", Set.of("English"),
                null, false, Set.of(WeeklySlot.MON_EVENING), 2, 0, 0, true, true, null);
    }

    private static MenteeProfile mentee() {
        return new MenteeProfile(1, "NORTH", false, false, false, Set.of("english"), null,
                Set.of(WeeklySlot.MON_EVENING), Set.of());
    }

    private static Ranking rank(MenteeProfile mentee, List<MentorCandidate> mentors) {
        return Matcher.rank(mentee, mentors, MatchWeights.DEFAULT, MatchRules.DEFAULT, TODAY);
    }

    private static MentorCandidate with(MentorCandidate m, boolean active, Gender gender, MentorType type,
                                        int capacity, int load, boolean vetted, boolean trained, LocalDate released) {
        return new MentorCandidate(m.id(), m.name(), active, gender, type, m.region(), m.languages(),
                m.culturalBackground(), m.canDrive(), m.availability(), capacity, load, 0, vetted, trained, released);
    }

    @Test
    void eachHardRuleExcludesWithItsReason() {
        MentorCandidate base = mentor(1);
        List<MentorCandidate> mentors = List.of(
                with(mentor(2), false, Gender.F, MentorType.VOLUNTEER, 2, 0, true, true, null),
                with(mentor(3), true, Gender.F, MentorType.VOLUNTEER, 2, 0, false, true, null),
                with(mentor(4), true, Gender.F, MentorType.VOLUNTEER, 2, 0, true, false, null),
                with(mentor(5), true, Gender.F, MentorType.VOLUNTEER, 2, 2, true, true, null),
                mentor(6),
                with(mentor(7), true, Gender.M, MentorType.PAID, 2, 0, true, true, null),
                with(mentor(8), true, Gender.F, MentorType.LIVED_EXPERIENCE, 2, 0, true, true, TODAY.minusDays(100)),
                base);
        MenteeProfile womanHighRisk = new MenteeProfile(1, "NORTH", true, true, false, Set.of(), null, Set.of(),
                Set.of(6L));
        Ranking ranking = rank(womanHighRisk, mentors);
        assertThat(ranking.proposals()).isEmpty();
        assertThat(ranking.exclusions()).extracting(e -> e.mentor().id() + ": " + e.reasons()).containsExactly(
                "1: [" + RISK + "]",
                "2: [not active, " + RISK + "]",
                "3: [vetting missing or expired, " + RISK + "]",
                "4: [required training not completed, " + RISK + "]",
                "5: [at capacity (2 of 2), " + RISK + "]",
                "6: [declared conflict of interest, " + RISK + "]",
                "7: [the gender-sensitive stream needs a woman mentor]",
                "8: [" + RISK + ", released less than 365 days ago]");
    }

    @Test
    void aVolunteerWithEnoughCompletedMatchesMayTakeAHighRiskCase() {
        MenteeProfile highRisk = new MenteeProfile(1, "NORTH", false, true, false, Set.of(), null, Set.of(),
                Set.of());
        MentorCandidate novice = new MentorCandidate(1, "Novice", true, Gender.F, MentorType.VOLUNTEER, "NORTH",
                Set.of(), null, false, Set.of(), 2, 0, 2, true, true, null);
        MentorCandidate experienced = new MentorCandidate(2, "Experienced", true, Gender.F, MentorType.VOLUNTEER,
                "NORTH", Set.of(), null, false, Set.of(), 2, 0, 3, true, true, null);
        assertThat(rank(highRisk, List.of(novice, experienced)).proposals()).extracting(p -> p.mentor().id())
                .containsExactly(2L);
        MatchRules stricter = new MatchRules(365, 4);
        assertThat(Matcher.rank(highRisk, List.of(novice, experienced), MatchWeights.DEFAULT, stricter, TODAY)
                .proposals()).isEmpty();
    }

    @Test
    void aLivedExperienceMentorReleasedLongEnoughAgoIsEligibleAndScoresForIt() {
        MentorCandidate lived = with(mentor(1), true, Gender.F, MentorType.LIVED_EXPERIENCE, 2, 0, true, true,
                TODAY.minusDays(365));
        Ranking ranking = rank(mentee(), List.of(lived, mentor(2)));
        assertThat(ranking.proposals()).extracting(p -> p.mentor().id()).containsExactly(1L, 2L);
        assertThat(ranking.proposals().get(0).reasons()).contains("lived experience of prison (+10)");
        // with no release date recorded the rule cannot be checked: excluded
        assertThat(rank(mentee(), List.of(with(mentor(3), true, Gender.F, MentorType.LIVED_EXPERIENCE, 2, 0, true,
                true, null))).proposals()).isEmpty();
    }

    @Test
    void theScoreAddsUpItsReasons() {
        MentorCandidate full = new MentorCandidate(1, "Full", true, Gender.F, MentorType.VOLUNTEER, "NORTH",
                Set.of(" Arabic ", "English"), "Lebanese", true,
                Set.of(WeeklySlot.MON_EVENING, WeeklySlot.SAT_MORNING), 4, 1, 0, true, true, null);
        MenteeProfile wants = new MenteeProfile(1, "NORTH", false, false, true, Set.of("arabic"), "lebanese",
                Set.of(WeeklySlot.MON_EVENING, WeeklySlot.TUE_EVENING), Set.of());
        Ranking.Proposal proposal = rank(wants, List.of(full)).proposals().get(0);
        assertThat(proposal.reasons()).containsExactly("same region (+30)", "available 1 of 2 wanted times (+10)",
                "can give the transport needed (+15)", "shares arabic (+15)", "same cultural background (+5)",
                "3 of 4 places free (+7)");
        assertThat(proposal.score()).isEqualTo(30 + 10 + 15 + 15 + 5 + 7);
    }

    @Test
    void tiesGoToTheLighterLoadThenTheLowerIdAndWeightsChangeTheOrder() {
        MentorCandidate busy = with(mentor(1), true, Gender.F, MentorType.VOLUNTEER, 10, 5, true, true, null);
        MentorCandidate idle = with(mentor(2), true, Gender.F, MentorType.VOLUNTEER, 10, 4, true, true, null);
        MentorCandidate twin = with(mentor(3), true, Gender.F, MentorType.VOLUNTEER, 10, 4, true, true, null);
        MatchWeights noLoad = new MatchWeights(30, 20, 15, 15, 10, 5, 0);
        assertThat(Matcher.rank(mentee(), List.of(twin, busy, idle), noLoad, MatchRules.DEFAULT, TODAY).proposals())
                .extracting(p -> p.mentor().id()).containsExactly(2L, 3L, 1L);

        MentorCandidate south = new MentorCandidate(4, "South", true, Gender.F, MentorType.VOLUNTEER, "SOUTH",
                Set.of("English"), null, true, Set.of(WeeklySlot.MON_EVENING), 2, 0, 0, true, true, null);
        MenteeProfile needsLift = new MenteeProfile(1, "NORTH", false, false, true, Set.of(), null, Set.of(),
                Set.of());
        assertThat(rank(needsLift, List.of(mentor(5), south)).proposals().get(0).mentor().id()).isEqualTo(5L);
        MatchWeights transportFirst = new MatchWeights(10, 20, 40, 15, 10, 5, 10);
        assertThat(Matcher.rank(needsLift, List.of(mentor(5), south), transportFirst, MatchRules.DEFAULT, TODAY)
                .proposals().get(0).mentor().id()).isEqualTo(4L);
    }

    @Test
    void nobodyEligibleGivesNoProposalAndEveryReason() {
        Ranking ranking = rank(mentee(), List.of(with(mentor(1), true, Gender.F, MentorType.VOLUNTEER, 0, 0, true,
                true, null)));
        assertThat(ranking.proposals()).isEmpty();
        assertThat(ranking.exclusions()).singleElement().satisfies(e -> assertThat(e.reasons())
                .containsExactly("at capacity (0 of 0)"));
        assertThat(rank(mentee(), List.of()).proposals()).isEmpty();
    }

    /** Property: over many random pools, no mentor that breaks a hard rule is ever proposed. */
    @Test
    void noExcludedMentorIsEverProposed() {
        Random random = new Random(20261123);
        WeeklySlot[] slots = WeeklySlot.values();
        for (int round = 0; round < 500; round++) {
            List<MentorCandidate> mentors = new ArrayList<>();
            for (long id = 1; id <= 30; id++) {
                Set<WeeklySlot> available = EnumSet.noneOf(WeeklySlot.class);
                for (int s = random.nextInt(4); s > 0; s--) {
                    available.add(slots[random.nextInt(slots.length)]);
                }
                int capacity = random.nextInt(4);
                mentors.add(new MentorCandidate(id, "M" + id, random.nextInt(8) > 0,
                        random.nextBoolean() ? Gender.F : Gender.M,
                        MentorType.values()[random.nextInt(MentorType.values().length)],
                        random.nextBoolean() ? "NORTH" : "SOUTH", Set.of(random.nextBoolean() ? "English" : "Arabic"),
                        null, random.nextBoolean(), available, capacity, random.nextInt(capacity + 1), random.nextInt(5),
                        random.nextInt(8) > 0, random.nextInt(8) > 0,
                        random.nextBoolean() ? TODAY.minusDays(random.nextInt(800)) : null));
            }
            MenteeProfile mentee = new MenteeProfile(round, "NORTH", random.nextBoolean(), random.nextInt(4) == 0,
                    random.nextBoolean(), Set.of("English"), null, Set.of(slots[random.nextInt(slots.length)]),
                    Set.of((long) random.nextInt(30) + 1));
            Ranking ranking = rank(mentee, mentors);
            assertThat(ranking.proposals().size() + ranking.exclusions().size()).isEqualTo(mentors.size());
            for (Ranking.Proposal proposal : ranking.proposals()) {
                MentorCandidate m = proposal.mentor();
                assertThat(m.active() && m.vettingCleared() && m.trained() && m.currentLoad() < m.capacity()
                        && !mentee.conflicts().contains(m.id()) && (!mentee.womensStream() || m.gender() == Gender.F)
                        && (!mentee.highRisk() || m.type() == MentorType.PAID || m.completedMatches() >= 3)
                        && (m.type() != MentorType.LIVED_EXPERIENCE || (m.ownReleaseDate() != null
                        && !m.ownReleaseDate().plusDays(365).isAfter(TODAY)))).as(m.toString()).isTrue();
            }
            for (int i = 1; i < ranking.proposals().size(); i++) {
                assertThat(ranking.proposals().get(i - 1).score()).isGreaterThanOrEqualTo(
                        ranking.proposals().get(i).score());
            }
        }
    }
}
