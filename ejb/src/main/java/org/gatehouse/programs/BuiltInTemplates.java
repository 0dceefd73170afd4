package org.gatehouse.programs;

import static org.gatehouse.programs.ActivityKind.CASE_PLAN_AGREED;
import static org.gatehouse.programs.ActivityKind.ESCORT;
import static org.gatehouse.programs.ActivityKind.FIRST_STEPS_ACTIVITY;
import static org.gatehouse.programs.ActivityKind.GATE_MEETING;
import static org.gatehouse.programs.ActivityKind.MENTOR_MEETING;
import static org.gatehouse.programs.ActivityKind.ONWARD_REFERRAL;
import static org.gatehouse.programs.ActivityKind.ORIENTATION;
import static org.gatehouse.programs.ActivityKind.OUTCOME_CHECKPOINT;
import static org.gatehouse.programs.ActivityKind.PHONE_CALL;
import static org.gatehouse.programs.ActivityKind.PLAN_REVIEWED;
import static org.gatehouse.programs.ActivityKind.PRE_RELEASE_VISIT;
import static org.gatehouse.programs.ActivityKind.TRIANGLE_MEETING;

import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;

/** The program templates of the two seed descriptions, as agencies first receive them. */
public final class BuiltInTemplates {

    /** Every program's case plan is due before release (a service level of its own). */
    private static final MilestoneDefinition CASE_PLAN = new MilestoneDefinition("CASE_PLAN",
            "Case plan for release agreed", -1, 181, 0, Set.of(CASE_PLAN_AGREED));

    /**
     * Outcome checkpoints at release and 1, 3, 6 and 12 months after it: their windows never
     * overlap, so one recorded checkpoint completes exactly one of them.
     */
    private static final List<MilestoneDefinition> CHECKPOINTS = List.of(
            new MilestoneDefinition("OUTCOMES_RELEASE", "Outcomes at release", 0, 7, 14, Set.of(OUTCOME_CHECKPOINT)),
            new MilestoneDefinition("OUTCOMES_1M", "Outcomes at 1 month", 30, 7, 14, Set.of(OUTCOME_CHECKPOINT)),
            new MilestoneDefinition("OUTCOMES_3M", "Outcomes at 3 months", 90, 14, 21, Set.of(OUTCOME_CHECKPOINT)),
            new MilestoneDefinition("OUTCOMES_6M", "Outcomes at 6 months", 182, 14, 28, Set.of(OUTCOME_CHECKPOINT)),
            new MilestoneDefinition("OUTCOMES_12M", "Outcomes at 12 months", 365, 14, 28,
                    Set.of(OUTCOME_CHECKPOINT)));

    /** The case plan is reviewed every 13 weeks after release (programs of 13 weeks or more). */
    static final int PLAN_REVIEW_DAYS = 91;

    /** Re-integration mentoring: from up to 6 months before release to 12 months after it. */
    public static final ProgramTemplate REINTEGRATION = new ProgramTemplate("REINT", "Re-integration mentoring",
            28, 365,
            List.of(new MilestoneDefinition("MENTOR_INTRODUCED", "Mentor meets the mentee in prison", -14, 168, 13,
                            Set.of(PRE_RELEASE_VISIT)),
                    CASE_PLAN,
                    new MilestoneDefinition("ORIENTATION", "Orientation session at the office", 7, 7, 7,
                            Set.of(ORIENTATION)),
                    new MilestoneDefinition("FIRST_STEPS", "First Steps activity in weeks 1-4", 28, 27, 0,
                            Set.of(FIRST_STEPS_ACTIVITY))),
            List.of(new CadenceDefinition("TRIANGLE", "Triangle meeting every 4 weeks", TRIANGLE_MEETING, 28, 1,
                    365))).withOutcomesAndReviews();

    /** Through the Gate: the last weeks before release, the gate, and short follow-up. */
    public static final ProgramTemplate THROUGH_THE_GATE = new ProgramTemplate("TTG", "Through the Gate", 28, 84,
            List.of(new MilestoneDefinition("PRE_RELEASE_MEETING", "Meeting in prison about 2 weeks before release",
                            -14, 28, 13, Set.of(PRE_RELEASE_VISIT)),
                    CASE_PLAN,
                    new MilestoneDefinition("GATE_MEETING", "Met at the gate on release day", 0, 0, 0,
                            Set.of(GATE_MEETING)),
                    new MilestoneDefinition("FIRST_APPOINTMENTS", "Escorted to the first appointments", 0, 0, 2,
                            Set.of(ESCORT)),
                    new MilestoneDefinition("ONWARD_REFERRAL", "Referred on for longer-term support", 84, 28, 14,
                            Set.of(ONWARD_REFERRAL))),
            List.of(new CadenceDefinition("FOLLOW_UP", "Follow-up meeting every 2 weeks", MENTOR_MEETING, 14, 1,
                    84))).withOutcomesAndReviews();

    /** Intensive (caring community): a daily call and a weekly meeting for 3 months after release. */
    public static final ProgramTemplate INTENSIVE = new ProgramTemplate("INTENSIVE", "Intensive (caring community)",
            28, 90,
            List.of(new MilestoneDefinition("PRE_RELEASE_MEETING", "Meeting in prison before release", -14, 70, 13,
                    Set.of(PRE_RELEASE_VISIT)), CASE_PLAN),
            List.of(new CadenceDefinition("DAILY_CALL", "Phone call every day", PHONE_CALL, 1, 1, 90),
                    new CadenceDefinition("WEEKLY_MEETING", "Meeting every week", MENTOR_MEETING, 7, 1, 90)))
            .withOutcomesAndReviews();

    /** Community (licence / RAR): one-to-one support alongside the Responsible Officer. */
    public static final ProgramTemplate COMMUNITY = new ProgramTemplate("COMMUNITY", "Community (licence / RAR)",
            28, 365,
            List.of(CASE_PLAN, new MilestoneDefinition("FIRST_MEETING", "First meeting after release", 7, 7, 7,
                    Set.of(MENTOR_MEETING))),
            List.of(new CadenceDefinition("FORTNIGHTLY", "Meeting every 2 weeks", MENTOR_MEETING, 14, 1, 365)))
            .withOutcomesAndReviews();

    public static final List<ProgramTemplate> ALL = List.of(REINTEGRATION, THROUGH_THE_GATE, INTENSIVE, COMMUNITY);

    private BuiltInTemplates() {
    }

    /** The outcome checkpoints a program of that length asks for (those due within it). */
    public static List<MilestoneDefinition> checkpointsWithin(int durationDays) {
        return CHECKPOINTS.stream().filter(c -> c.offsetDays() <= durationDays).toList();
    }

    /** The plan-review cadence of a program of that length: whole 13-week slots from release, if any fit. */
    public static List<CadenceDefinition> planReviewsWithin(int durationDays) {
        int slots = durationDays / PLAN_REVIEW_DAYS;
        return slots == 0 ? List.of() : List.of(new CadenceDefinition("PLAN_REVIEW", "Case plan reviewed every 13 weeks",
                PLAN_REVIEWED, PLAN_REVIEW_DAYS, 0, slots * PLAN_REVIEW_DAYS - 1));
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    public static Optional<ProgramTemplate> byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
