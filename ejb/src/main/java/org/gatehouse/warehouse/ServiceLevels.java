package org.gatehouse.warehouse;

import java.util.List;
import java.util.Map;

/**
 * The service levels of DESIGN.md as a monthly snapshot (fact_service_level): for each measure, per
 * month of its reference day and per agency, program and region (the enrolment's current ones, as
 * the reoffending cohorts), a numerator and a denominator; rates are numerator / denominator, the
 * referral lead time a mean in days. Computed at every publish from the facts, in SQL both H2 and
 * PostgreSQL run, from the first month the load can have changed on ({@link #touchedFrom}); a
 * month's row changes only when its counts do. The mentor pipeline is dim_mentor.
 */
final class ServiceLevels {

    /**
     * A measure: the rows it counts (a fact table aliased {@code f}, those in scope; the scope's one
     * parameter is the load's day less {@code lagDays}), the reference day that places a row in a
     * month, and what a row adds to the numerator and to the denominator; a mean's numerator is an
     * amount (days), not a count of rows.
     */
    record Measure(String code, String table, String day, String inScope, int lagDays, String numerator,
                   String denominator, String meaning, boolean mean) {

        /** A rate over rows: each row in scope counts once in the denominator. */
        Measure(String code, String table, String day, String inScope, int lagDays, String numerator,
                String meaning) {
            this(code, table, day, inScope, lagDays, numerator, "1", meaning, false);
        }

        /** A mean over rows: the numerator adds up an amount per row in scope. */
        static Measure mean(String code, String table, String day, String inScope, String amount, String meaning) {
            return new Measure(code, table, day, inScope, 0, amount, "1", meaning, true);
        }

        /** How its denominator relates to the episodes released in its month. */
        ServiceLevelDefinition.Released released() {
            if (!table.equals(EPISODE) || !day.equals("f.actual_release_date") || !denominator.equals("1")) {
                return ServiceLevelDefinition.Released.NONE;
            }
            return inScope.equals(RELEASED) && lagDays == 0 ? ServiceLevelDefinition.Released.EVERY
                    : ServiceLevelDefinition.Released.SOME;
        }

        /** The staging table whose rows replace this measure's fact rows. */
        String stage() {
            return STAGES.get(table);
        }
    }

    private static final Map<String, String> STAGES = Map.of(
            "fact_case_episode", "stage_episode", "fact_episode_milestone", "stage_milestone",
            "fact_engagement", "stage_engagement", "fact_outcome_checkpoint", "stage_checkpoint",
            "fact_appointment", "stage_appointment");

    private static final String EPISODE = "fact_case_episode";
    private static final String RELEASED = "f.actual_release_date is not null and f.actual_release_date <= ?";

    static final List<Measure> MEASURES = List.of(
            Measure.mean("REFERRAL_LEAD_DAYS", EPISODE, "f.referral_date", "f.referral_date <= ?",
                    "f.referral_lead_days", "mean days from referral to expected release (numerator: days)"),
            new Measure("PRE_RELEASE_CONTACT", EPISODE, "f.actual_release_date", RELEASED, 0,
                    rate("f.first_pre_release_contact_on is not null"), "released after a pre-release contact"),
            new Measure("MET_AT_GATE", EPISODE, "f.actual_release_date", RELEASED, 0,
                    rate("f.gate_meeting_on is not null"), "met at the gate on the release day"),
            new Measure("CASE_PLAN_BEFORE_RELEASE", EPISODE, "f.actual_release_date", RELEASED, 0,
                    rate("f.case_plan_agreed_on <= f.actual_release_date"), "case plan agreed by the release day"),
            new Measure("ORIENTATION_ATTENDED", EPISODE, "f.actual_release_date", RELEASED, 0,
                    rate("f.orientation_on is not null"), "orientation attended (released so far)"),
            new Measure("FIRST_STEPS_WEEKLY", EPISODE, "f.actual_release_date", RELEASED, 28,
                    rate("f.first_steps_engagements >= 4"),
                    "at least four engagements in weeks 1-4 after release (once those weeks are over)"),
            new Measure("MILESTONES_DONE", "fact_episode_milestone", "f.due_on",
                    "f.state in ('DONE', 'LATE', 'MISSED') and f.due_on <= ?", 0, rate("f.state = 'DONE'"),
                    "program milestones (cadences included) done, of those due"),
            new Measure("CADENCE_KEPT", EPISODE, "f.actual_release_date", RELEASED + " and f.cadence_slots_ended > 0",
                    0, "f.cadence_slots_done", "f.cadence_slots_ended",
                    "cadence slots kept, of those ended so far (by release month; the intensive program's daily "
                            + "calls and weekly meetings, every program's meeting and review cadences)", false),
            new Measure("ENGAGEMENTS_ATTENDED", "fact_engagement", "f.engaged_on",
                    "f.engaged_on <= ? and f.attendance <> 'CANCELLED'", 0, rate("f.attendance = 'ATTENDED'"),
                    "logged engagements attended, of those held or missed (cancelled ones out)"),
            new Measure("ENGAGEMENTS_ON_TIME", "fact_engagement", "f.engaged_on",
                    "f.engaged_on <= ? and f.attendance = 'ATTENDED' and f.punctuality is not null", 0,
                    rate("f.punctuality = 'ON_TIME'"), "attended engagements on time (punctuality recorded)"),
            new Measure("APPOINTMENTS_ATTENDED", "fact_appointment", "f.appointment_on",
                    "f.appointment_on <= ? and f.attendance <> 'CANCELLED'", 0, rate("f.attendance = 'ATTENDED'"),
                    "appointments attended, of those with an outcome (cancelled ones out)"),
            new Measure("APPOINTMENTS_ON_TIME", "fact_appointment", "f.appointment_on",
                    "f.appointment_on <= ? and f.attendance = 'ATTENDED' and f.punctuality is not null", 0,
                    rate("f.punctuality = 'ON_TIME'"), "attended appointments on time (punctuality recorded)"),
            new Measure("RETAINED_3M", EPISODE, "f.actual_release_date", RELEASED + " and f.retained_3m is not null",
                    0, rate("f.retained_3m"), "still in the program 3 months after release (planned exits count)"),
            new Measure("RETAINED_6M", EPISODE, "f.actual_release_date", RELEASED + " and f.retained_6m is not null",
                    0, rate("f.retained_6m"), "still in the program 6 months after release"),
            new Measure("RETAINED_12M", EPISODE, "f.actual_release_date", RELEASED + " and f.retained_12m is not null",
                    0, rate("f.retained_12m"), "still in the program 12 months after release"),
            new Measure("PLANNED_EXITS", EPISODE, "f.exit_date", "f.exit_date is not null and f.exit_date <= ?", 0,
                    rate("f.exit_type = 'PLANNED'"), "exits that were planned"),
            new Measure("SETTLED_ACCOMMODATION", "fact_outcome_checkpoint", "f.due_on", "f.recorded_on <= ?", 0,
                    rate("f.accommodation = 'SETTLED'"), "checkpoints recorded in settled accommodation"),
            new Measure("IN_ETE", "fact_outcome_checkpoint", "f.due_on", "f.recorded_on <= ?", 0,
                    rate("f.occupation in ('EMPLOYED_FULL_TIME', 'EMPLOYED_PART_TIME', 'EDUCATION_OR_TRAINING')"),
                    "checkpoints recorded in employment, education or training"));

    private ServiceLevels() {
    }

    private static String rate(String condition) {
        return "case when " + condition + " then 1 else 0 end";
    }

    /**
     * The earliest reference day among the rows of the measure's fact table that this load replaces,
     * as they were and as they will be (to run before the facts are merged); parameters: the load
     * id, three times. Episode-level facts are replaced for every staged case; engagements by key,
     * and every one of a case whose agency, program or region changes (its rows change month group).
     * Null: the load replaces none.
     */
    static String touchedFrom(Measure m) {
        String staged = "select min(" + m.day() + ") d from warehouse." + m.stage() + " f where f.load_id = ?";
        String replaced = "select min(" + m.day() + ") d from warehouse." + m.table() + " f where ";
        String moved = "select s.participant_key from warehouse.stage_episode s join warehouse.dim_participant p on "
                + "p.participant_key = s.participant_key and p.is_current where s.load_id = ? and (s.agency_key <> "
                + "p.agency_key or s.program_key <> p.program_key or s.region_key <> p.region_key)";
        String byCase = m.table().equals("fact_engagement")
                ? replaced + "f.engagement_key in (select engagement_key from warehouse.stage_engagement where "
                        + "load_id = ?) union all " + replaced + "f.participant_key in (" + moved + ")"
                : replaced + "f.participant_key in (select participant_key from warehouse.stage_episode where "
                        + "load_id = ?) union all " + replaced + "f.participant_key in (" + moved + ")";
        return "select min(d) from (" + staged + " union all " + byCase + ") touched";
    }

    /**
     * Stages a measure's rows for the load, from a month on; parameters: the load id, the load's day
     * less the lag, then the first day of the first month to compute.
     */
    static String stage(Measure m) {
        String month = "cast(date_trunc('MONTH', " + m.day() + ") as date)";
        return "insert into warehouse.stage_service_level (load_id, month_start, agency_key, program_key, "
                + "region_key, measure, numerator, denominator) select cast(? as bigint), " + month
                + ", p.agency_key, p.program_key, p.region_key, '" + m.code() + "', sum(" + m.numerator()
                + "), sum(" + m.denominator() + ") from warehouse." + m.table() + " f join warehouse.dim_participant p on "
                + "p.participant_key = f.participant_key and p.is_current where " + m.inScope() + " and " + m.day()
                + " >= ? group by "
                + month + ", p.agency_key, p.program_key, p.region_key";
    }
}
