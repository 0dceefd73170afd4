package org.gatehouse.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gatehouse.programs.ActivityKind.CASE_PLAN_AGREED;
import static org.gatehouse.programs.ActivityKind.ESCORT;
import static org.gatehouse.programs.ActivityKind.FIRST_STEPS_ACTIVITY;
import static org.gatehouse.programs.ActivityKind.GATE_MEETING;
import static org.gatehouse.programs.ActivityKind.MENTOR_MEETING;
import static org.gatehouse.programs.ActivityKind.ORIENTATION;
import static org.gatehouse.programs.ActivityKind.OUTCOME_CHECKPOINT;
import static org.gatehouse.programs.ActivityKind.PHONE_CALL;
import static org.gatehouse.programs.ActivityKind.PLAN_REVIEWED;
import static org.gatehouse.programs.ActivityKind.PRE_RELEASE_VISIT;
import static org.gatehouse.programs.BuiltInTemplates.COMMUNITY;
import static org.gatehouse.programs.BuiltInTemplates.INTENSIVE;
import static org.gatehouse.programs.BuiltInTemplates.REINTEGRATION;
import static org.gatehouse.programs.BuiltInTemplates.THROUGH_THE_GATE;
import static org.gatehouse.programs.MilestoneState.CANCELLED;
import static org.gatehouse.programs.MilestoneState.DONE;
import static org.gatehouse.programs.MilestoneState.DUE;
import static org.gatehouse.programs.MilestoneState.LATE;
import static org.gatehouse.programs.MilestoneState.MISSED;
import static org.gatehouse.programs.MilestoneState.UPCOMING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneEngineTest {

    private static final LocalDate REFERRAL = LocalDate.of(2026, 1, 5);
    private static final LocalDate RELEASE = LocalDate.of(2026, 6, 15);

    private static CaseDates dates(LocalDate release) {
        return new CaseDates(REFERRAL, release, null, null);
    }

    private static LocalDate day(int fromRelease) {
        return RELEASE.plusDays(fromRelease);
    }

    @Test
    void reintegrationMilestonesMoveFromUpcomingThroughDueToDoneOrMissed() {
        List<Activity> none = List.of();
        CaseSchedule early = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE), none, REFERRAL);
        assertThat(early.phase()).isEqualTo(Phase.PRE_RELEASE);
        assertThat(early.milestone("MENTOR_INTRODUCED").state()).isEqualTo(DUE);
        assertThat(early.milestone("ORIENTATION").state()).isEqualTo(UPCOMING);

        List<Activity> done = List.of(new Activity(PRE_RELEASE_VISIT, day(-30)), new Activity(CASE_PLAN_AGREED,
                day(-3)), new Activity(ORIENTATION, day(9)), new Activity(FIRST_STEPS_ACTIVITY, day(12)),
                new Activity(OUTCOME_CHECKPOINT, day(1)), new Activity(OUTCOME_CHECKPOINT, day(31)));
        CaseSchedule later = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE), done, day(40));
        assertThat(later.phase()).isEqualTo(Phase.ONGOING);
        assertThat(later.milestones()).filteredOn(m -> !m.due().isAfter(day(40))).extracting(MilestoneStatus::state)
                .containsOnly(DONE);
        assertThat(later.milestones()).filteredOn(m -> m.due().isAfter(day(40))).extracting(m -> m.milestone().code())
                .containsExactly("OUTCOMES_3M", "OUTCOMES_6M", "OUTCOMES_12M");
        assertThat(later.milestone("ORIENTATION").doneOnTime()).isFalse();
        assertThat(later.milestone("CASE_PLAN").doneOnTime()).isTrue();

        CaseSchedule nothingDone = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE), none, day(10));
        assertThat(nothingDone.phase()).isEqualTo(Phase.FIRST_STEPS);
        assertThat(nothingDone.milestone("CASE_PLAN").state()).isEqualTo(MISSED);
        assertThat(nothingDone.milestone("ORIENTATION").state()).isEqualTo(LATE);
        assertThat(nothingDone.milestone("FIRST_STEPS").state()).isEqualTo(DUE);
    }

    @Test
    void outcomeCheckpointsFitTheProgramAndOneRecordCompletesOneCheckpoint() {
        assertThat(REINTEGRATION.milestones()).extracting(MilestoneDefinition::code).contains("OUTCOMES_RELEASE",
                "OUTCOMES_1M", "OUTCOMES_3M", "OUTCOMES_6M", "OUTCOMES_12M");
        assertThat(THROUGH_THE_GATE.milestones()).extracting(MilestoneDefinition::code)
                .filteredOn(c -> c.startsWith("OUTCOMES_")).containsExactly("OUTCOMES_RELEASE", "OUTCOMES_1M");
        assertThat(INTENSIVE.milestones()).extracting(MilestoneDefinition::code)
                .filteredOn(c -> c.startsWith("OUTCOMES_")).containsExactly("OUTCOMES_RELEASE", "OUTCOMES_1M",
                        "OUTCOMES_3M");

        // every day from a week before release to 13 months after: at most one checkpoint takes it
        for (int d = -7; d <= 400; d++) {
            CaseSchedule schedule = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE),
                    List.of(new Activity(OUTCOME_CHECKPOINT, day(d))), day(d));
            assertThat(schedule.milestones()).as("day " + d).filteredOn(m -> m.state() == DONE).hasSizeLessThan(2);
        }
        CaseSchedule late = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE), List.of(), day(25));
        assertThat(late.milestone("OUTCOMES_RELEASE").state()).isEqualTo(MISSED);
        assertThat(late.milestone("OUTCOMES_1M").state()).isEqualTo(DUE);
        assertThat(late.milestone("OUTCOMES_1M").opens()).isEqualTo(day(23));
    }

    @Test
    void theCasePlanIsReviewedEveryThirteenWeeksInTheLongerPrograms() {
        CaseSchedule schedule = MilestoneEngine.plan(REINTEGRATION, dates(RELEASE),
                List.of(new Activity(PLAN_REVIEWED, day(80))), day(100));
        assertThat(schedule.slots("PLAN_REVIEW"))
                .extracting(CadenceSlot::from, CadenceSlot::to, CadenceSlot::state)
                .containsExactly(tuple(day(0), day(90), DONE), tuple(day(91), day(181), DUE),
                        tuple(day(182), day(272), UPCOMING), tuple(day(273), day(363), UPCOMING));
        assertThat(THROUGH_THE_GATE.cadences()).extracting(CadenceDefinition::code).doesNotContain("PLAN_REVIEW");
        assertThat(INTENSIVE.cadences()).extracting(CadenceDefinition::code).doesNotContain("PLAN_REVIEW");
    }

    @Test
    void anActivityOutsideTheWindowDoesNotCount() {
        // a prison visit long before the window opens is not the pre-release meeting
        List<Activity> tooEarly = List.of(new Activity(PRE_RELEASE_VISIT, RELEASE.minusDays(60)));
        CaseSchedule schedule = MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), tooEarly, day(-20));
        assertThat(schedule.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(DUE);
    }

    @Test
    void throughTheGateOnReleaseDay() {
        List<Activity> gate = List.of(new Activity(PRE_RELEASE_VISIT, day(-15)), new Activity(GATE_MEETING, RELEASE));
        CaseSchedule schedule = MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), gate, RELEASE);
        assertThat(schedule.phase()).isEqualTo(Phase.RELEASE_DAY);
        assertThat(schedule.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(DONE);
        assertThat(schedule.milestone("GATE_MEETING").state()).isEqualTo(DONE);
        assertThat(schedule.milestone("FIRST_APPOINTMENTS").state()).isEqualTo(DUE);
        assertThat(MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), gate, day(3))
                .milestone("FIRST_APPOINTMENTS").state()).isEqualTo(MISSED);
        assertThat(MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE),
                List.of(new Activity(ESCORT, day(2))), day(3)).milestone("FIRST_APPOINTMENTS").doneOnTime()).isFalse();
        assertThat(MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), gate, day(85)).phase())
                .isEqualTo(Phase.COMPLETED);
    }

    @Test
    void aReleaseMovedEarlierOrLaterReplansEverything() {
        List<Activity> visit = List.of(new Activity(PRE_RELEASE_VISIT, LocalDate.of(2026, 6, 5)));
        LocalDate today = LocalDate.of(2026, 6, 10);
        CaseSchedule asPlanned = MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), visit, today);
        assertThat(asPlanned.milestone("PRE_RELEASE_MEETING").due()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(asPlanned.milestone("GATE_MEETING").due()).isEqualTo(RELEASE);

        // released early: the gate meeting is now today, the visit was still before release
        CaseSchedule early = MilestoneEngine.plan(THROUGH_THE_GATE, new CaseDates(REFERRAL, RELEASE, today, null),
                visit, today);
        assertThat(early.phase()).isEqualTo(Phase.RELEASE_DAY);
        assertThat(early.milestone("GATE_MEETING").due()).isEqualTo(today);
        assertThat(early.milestone("PRE_RELEASE_MEETING").due()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(early.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(DONE);

        // release delayed by three months: what was missed is to come again, the visit now comes too early
        CaseSchedule missed = MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE), List.of(), day(1));
        assertThat(missed.milestone("GATE_MEETING").state()).isEqualTo(MISSED);
        CaseSchedule delayed = MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE.plusMonths(3)), visit, day(1));
        assertThat(delayed.phase()).isEqualTo(Phase.PRE_RELEASE);
        assertThat(delayed.milestone("GATE_MEETING").state()).isEqualTo(UPCOMING);
        assertThat(delayed.milestone("PRE_RELEASE_MEETING").state()).isEqualTo(UPCOMING);
        // delayed by a month only, the same visit falls in the new window and still counts
        assertThat(MilestoneEngine.plan(THROUGH_THE_GATE, dates(RELEASE.plusMonths(1)), visit, day(1))
                .milestone("PRE_RELEASE_MEETING").state()).isEqualTo(DONE);
    }

    @Test
    void leapDaysCountAsTheDaysTheyAre() {
        LocalDate leapRelease = LocalDate.of(2028, 2, 29);
        CaseSchedule schedule = MilestoneEngine.plan(THROUGH_THE_GATE,
                new CaseDates(LocalDate.of(2027, 12, 1), leapRelease, null, null), List.of(), leapRelease);
        assertThat(schedule.milestone("PRE_RELEASE_MEETING").due()).isEqualTo(LocalDate.of(2028, 2, 15));
        assertThat(schedule.milestone("ONWARD_REFERRAL").due()).isEqualTo(LocalDate.of(2028, 5, 23));
        CaseSchedule year = MilestoneEngine.plan(REINTEGRATION,
                new CaseDates(LocalDate.of(2027, 12, 1), leapRelease, null, null), List.of(), leapRelease);
        assertThat(year.slots("TRIANGLE").get(year.slots("TRIANGLE").size() - 1).to())
                .isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void daylightSavingChangesNeitherAddNorDropADailySlot() {
        // 29 March and 25 October 2026: European clock changes, both inside the 90 days
        LocalDate release = LocalDate.of(2026, 3, 20);
        CaseSchedule schedule = MilestoneEngine.plan(INTENSIVE, new CaseDates(LocalDate.of(2026, 1, 10), release,
                release, null), List.of(), release);
        List<CadenceSlot> calls = schedule.slots("DAILY_CALL");
        assertThat(calls).hasSize(90);
        assertThat(new HashSet<>(calls.stream().map(CadenceSlot::from).toList())).hasSize(90);
        assertThat(calls).extracting(CadenceSlot::from).contains(LocalDate.of(2026, 3, 29));
        assertThat(calls.get(0).from()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(calls.get(89).to()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(schedule.slots("WEEKLY_MEETING")).hasSize(13);
    }

    @Test
    void intensiveCadenceComplianceCountsEndedSlots() {
        List<Activity> calls = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            if (d != 4 && d != 7) {
                calls.add(new Activity(PHONE_CALL, day(d)));
            }
        }
        calls.add(new Activity(MENTOR_MEETING, day(3)));
        CaseSchedule schedule = MilestoneEngine.plan(INTENSIVE, dates(RELEASE), calls, day(10));
        assertThat(schedule.slots("DAILY_CALL").subList(0, 10)).extracting(CadenceSlot::state)
                .containsExactly(DONE, DONE, DONE, MISSED, DONE, DONE, MISSED, DONE, DONE, DONE);
        assertThat(schedule.slots("DAILY_CALL").get(10).state()).isEqualTo(UPCOMING);
        assertThat(schedule.compliance("DAILY_CALL")).isEqualTo(8 / 10.0);
        assertThat(schedule.slots("WEEKLY_MEETING").get(1).state()).isEqualTo(DUE);
        assertThat(schedule.compliance("WEEKLY_MEETING")).isEqualTo(1.0);
    }

    @Test
    void aCaseExitedMidProgramCancelsWhatWasStillToComeAndKeepsItsHistory() {
        LocalDate exit = day(30);
        List<Activity> history = List.of(new Activity(MENTOR_MEETING, day(8)), new Activity(MENTOR_MEETING, day(20)));
        CaseSchedule schedule = MilestoneEngine.plan(COMMUNITY, new CaseDates(REFERRAL, RELEASE, RELEASE, exit),
                history, day(60));
        assertThat(schedule.phase()).isEqualTo(Phase.EXITED);
        assertThat(schedule.milestone("FIRST_MEETING").state()).isEqualTo(DONE);
        assertThat(schedule.slots("FORTNIGHTLY")).extracting(CadenceSlot::state).containsExactly(DONE, DONE, MISSED);
        assertThat(schedule.slots("FORTNIGHTLY")).allMatch(s -> !s.from().isAfter(exit));
        CaseSchedule ttg = MilestoneEngine.plan(THROUGH_THE_GATE, new CaseDates(REFERRAL, RELEASE, RELEASE, day(10)),
                List.of(), day(20));
        assertThat(ttg.milestone("ONWARD_REFERRAL").state()).isEqualTo(CANCELLED);
        assertThat(ttg.milestone("GATE_MEETING").state()).isEqualTo(MISSED);
    }

    @Test
    void everyBuiltInTemplatePlansAWholeYearWithoutGaps() {
        for (ProgramTemplate template : BuiltInTemplates.ALL) {
            CaseSchedule schedule = MilestoneEngine.plan(template, dates(RELEASE), List.of(), day(400));
            assertThat(schedule.phase()).as(template.code()).isEqualTo(Phase.COMPLETED);
            for (CadenceDefinition cadence : template.cadences()) {
                List<CadenceSlot> slots = schedule.slots(cadence.code());
                for (int i = 1; i < slots.size(); i++) {
                    assertThat(slots.get(i).from()).as(template.code()).isEqualTo(slots.get(i - 1).to().plusDays(1));
                }
                assertThat(slots.get(slots.size() - 1).to()).isEqualTo(day(cadence.toDay()));
                assertThat(slots).extracting(CadenceSlot::state).containsOnly(MISSED);
            }
            assertThat(schedule.milestones()).extracting(MilestoneStatus::state).containsOnly(MISSED);
        }
    }

    /**
     * Whatever the program, activities and exit, the schedule stays the same every day before the
     * next change day the engine names, and once it names none, for the next two years.
     */
    @Test
    void theScheduleChangesOnlyOnTheNextChangeDay() {
        java.util.Random random = new java.util.Random(20261123);
        ActivityKind[] kinds = ActivityKind.values();
        for (ProgramTemplate template : List.of(REINTEGRATION, THROUGH_THE_GATE, INTENSIVE, COMMUNITY)) {
            for (int n = 0; n < 15; n++) {
                List<Activity> activities = new ArrayList<>();
                for (int a = random.nextInt(30); a > 0; a--) {
                    activities.add(new Activity(kinds[random.nextInt(kinds.length)], day(random.nextInt(500) - 150)));
                }
                LocalDate exit = random.nextBoolean() ? null : day(random.nextInt(500) - 100);
                CaseDates dates = new CaseDates(REFERRAL, RELEASE, random.nextBoolean() ? RELEASE : null, exit);
                LocalDate today = REFERRAL;
                while (today.isBefore(day(800))) {
                    CaseSchedule schedule = MilestoneEngine.plan(template, dates, activities, today);
                    java.util.Optional<LocalDate> next = MilestoneEngine.nextChange(template, dates, schedule, today);
                    LocalDate until = next.orElse(today.plusYears(2));
                    assertThat(until).isAfter(today);
                    for (LocalDate d = today.plusDays(1); d.isBefore(until); d = d.plusDays(1)) {
                        assertThat(MilestoneEngine.plan(template, dates, activities, d))
                                .as("%s on %s (next change named: %s)", template.code(), d, next).isEqualTo(schedule);
                    }
                    if (next.isEmpty()) {
                        break;
                    }
                    today = next.get();
                }
            }
        }
    }
}
