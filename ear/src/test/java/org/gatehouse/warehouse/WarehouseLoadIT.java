package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.appointments.Appointment;
import org.gatehouse.appointments.AppointmentDetails;
import org.gatehouse.appointments.AppointmentKind;
import org.gatehouse.appointments.Appointments;
import org.gatehouse.agency.Program;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Attendee;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.jobs.InterruptedRuns;
import org.gatehouse.platform.Nodes;
import org.gatehouse.jobs.JobMonitor;
import org.gatehouse.jobs.JobMonitor.JobRun;
import org.gatehouse.jobs.JobMonitor.StepRun;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.MentorTraining;
import org.gatehouse.mentoring.SessionKind;
import org.gatehouse.outcomes.Accommodation;
import org.gatehouse.outcomes.Answer;
import org.gatehouse.outcomes.CheckpointAnswers;
import org.gatehouse.outcomes.Occupation;
import org.gatehouse.outcomes.OutcomeCheckpoint;
import org.gatehouse.outcomes.OutcomeCheckpoints;
import org.gatehouse.outcomes.Treatment;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.Clocks;
import org.gatehouse.platform.Databases;
import org.gatehouse.reoffending.FeedSummary;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.MilestoneDefinition;
import org.gatehouse.programs.ProgramCatalogue;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The warehouse load job on the real batch runtime and database (docs/WAREHOUSE.md). */
@ExtendWith(ArquillianExtension.class)
class WarehouseLoadIT {

    private static final Caller PLATFORM_TEAM = Loads.PLATFORM_TEAM;
    /** A case per page and a page per chunk: a checkpoint after every case. */
    private static final Properties SMALL = new Properties();

    static {
        SMALL.setProperty("casesPerPage", "1");
        SMALL.setProperty("pagesPerChunk", "1");
    }

    private static final CheckpointAnswers ANSWERS = new CheckpointAnswers(Accommodation.SETTLED,
            Occupation.SEEKING, Treatment.NOT_NEEDED, Answer.YES, Answer.YES, Answer.NO, Answer.YES);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(WarehouseLoadIT.class, Loads.class);
    }

    @Inject
    private WarehouseLoadJobs jobs;

    @Inject
    private JobMonitor monitor;

    @Inject
    private InterruptedRuns interruptedRuns;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private EngagementLog engagements;

    @Inject
    private OutcomeCheckpoints checkpoints;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MentorTraining training;

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private Pseudonyms pseudonyms;

    @Inject
    private ProgramCatalogue programs;

    @Inject
    private Appointments appointments;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private static ParticipantDetails released(String ref, String region, LocalDate release) {
        return new ParticipantDetails(ref, "W" + ref.hashCode(), "Wanda", "Warehouse", LocalDate.of(1990, 5, 1),
                Gender.F, null, region, "HMP Northgate", "REINT", release.minusDays(60), release, release,
                Set.of(Vulnerability.NFA, Vulnerability.SUBSTANCE), null, null);
    }

    @Test
    void aLoadPublishesCasesUnderPseudonymsAndALoadWithNothingNewChangesNothing() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        LocalDate release = LocalDate.now().minusDays(20);
        Participant out = runAs(coordinator, () -> registry.register(released("WH-OUT", "NORTH", release)));
        long gate = runAs(coordinator, () -> engagements.record(out.getId(), new EngagementDetails(
                ActivityKind.GATE_MEETING, release, LocalTime.of(9, 0), 45, Attendance.ATTENDED, Punctuality.LATE,
                Set.of(Attendee.MENTOR)))).getId();
        runAs(coordinator, () -> engagements.record(out.getId(), ActivityKind.PRE_RELEASE_VISIT,
                release.minusDays(10)));
        // a call called off: no engagement held or missed
        runAs(coordinator, () -> engagements.record(out.getId(), new EngagementDetails(ActivityKind.PHONE_CALL,
                release.plusDays(1), LocalTime.of(11, 0), 10, Attendance.CANCELLED, null, Set.of())));
        // three appointments with an outcome (kept on time, cancelled, missed) and one still to come
        Map<Attendance, Punctuality> outcomes = new LinkedHashMap<>();
        outcomes.put(Attendance.ATTENDED, Punctuality.ON_TIME);
        outcomes.put(Attendance.CANCELLED, null);
        outcomes.put(Attendance.DID_NOT_ATTEND, null);
        LocalDate[] bookedOn = {release.plusDays(2)};
        for (Map.Entry<Attendance, Punctuality> outcome : outcomes.entrySet()) {
            Appointment booked = runAs(coordinator, () -> appointments.book(out.getId(), new AppointmentDetails(
                    AppointmentKind.HOUSING, bookedOn[0], LocalTime.of(10, 0), 30, "Council offices", null, false)));
            runAs(coordinator, () -> appointments.recordOutcome(booked.getId(), booked.getVersion(), outcome.getKey(),
                    outcome.getValue()));
            bookedOn[0] = bookedOn[0].plusDays(1);
        }
        runAs(coordinator, () -> appointments.book(out.getId(), new AppointmentDetails(AppointmentKind.HEALTH,
                LocalDate.now().plusDays(3), LocalTime.of(10, 0), 30, "Surgery", null, false)));
        // released 60 days ago: of its four-weekly triangle meetings, the first kept, the second missed
        Participant triangle = runAs(coordinator, () -> registry.register(released("WH-CADENCE", "NORTH",
                LocalDate.now().minusDays(60))));
        runAs(coordinator, () -> engagements.record(triangle.getId(), ActivityKind.TRIANGLE_MEETING,
                LocalDate.now().minusDays(55)));
        // released ten days ago: the release checkpoint is open
        Participant checked = runAs(coordinator, () -> registry.register(released("WH-CHECK", "NORTH",
                LocalDate.now().minusDays(10))));
        long checkpoint = runAs(coordinator, () -> checkpoints.record(checked.getId(), ANSWERS)).getId();
        Mentor mentor = TestData.activeMentor(mentors, coordinator, "Wardle", "NORTH", 2);
        runAs(coordinator, () -> training.recordAttendance(training.schedule(SessionKind.SUPERVISION, null,
                LocalDate.now().minusDays(3), null).getId(), Map.of(mentor.getId(), true), Set.of()));

        load();

        long key = pseudonyms.participant(out.getId());
        assertThat(key).isNotEqualTo(out.getId());
        Map<String, String> episode = row("select * from warehouse.fact_case_episode where participant_key = " + key);
        assertThat(episode).containsEntry("agency_key", Long.toString(agency.id()))
                .containsEntry("actual_release_date", release.toString())
                .containsEntry("gate_meeting_on", release.toString())
                .containsEntry("first_pre_release_contact_on", release.minusDays(10).toString())
                .containsEntry("phase", "FIRST_STEPS")
                .containsEntry("first_steps_engagements", "1")
                .containsEntry("retained_3m", null);
        assertThat(rows("select milestone_code from warehouse.fact_episode_milestone where participant_key = " + key))
                .contains("CASE_PLAN", "ORIENTATION");
        assertThat(rows("select vulnerability_key from warehouse.bridge_participant_vulnerability where "
                + "participant_key = " + key)).containsExactly("NFA", "SUBSTANCE");
        assertThat(rows("select release_date from warehouse.fact_release where participant_key = " + key))
                .containsExactly(release.toString());
        // born 1990-05-01: 36 at a release in 2026 (the warehouse keeps the band, never the date)
        assertThat(Period.between(LocalDate.of(1990, 5, 1), release).getYears()).isBetween(35, 44);
        assertThat(rows("select age_band, is_current, valid_to from warehouse.dim_participant where participant_key = "
                + key)).containsExactly("35-44|true|9999-12-31");
        assertThat(rows("select engagement_key, engaged_on, kind, attendance, punctuality, duration_minutes, "
                + "with_mentor, awaiting_sign_off from warehouse.fact_engagement where participant_key = " + key))
                .hasSize(3).contains(pseudonyms.engagement(gate) + "|" + release + "|GATE_MEETING|ATTENDED|LATE|45|"
                        + "true|false");
        assertThat(rows("select count(*) from warehouse.fact_engagement where participant_key = "
                + pseudonyms.participant(checked.getId()))).as("the checkpoint's trace is no contact").containsExactly("0");
        assertThat(rows("select checkpoint_key, accommodation, occupation, id_held from "
                + "warehouse.fact_outcome_checkpoint where participant_key = " + pseudonyms.participant(checked.getId())))
                .containsExactly(pseudonyms.checkpoint(checkpoint) + "|SETTLED|SEEKING|NO");
        assertThat(row("select * from warehouse.dim_mentor where mentor_key = " + mentor.getId()))
                .containsEntry("agency_key", Long.toString(agency.id())).containsEntry("status", "ACTIVE")
                .containsEntry("mentor_type", "VOLUNTEER").containsEntry("vetted", "true")
                .containsEntry("trained", "true").containsEntry("supervision_sessions", "1")
                .containsEntry("debriefs", "0").containsEntry("former_participant", "false")
                .containsEntry("recruited_on", LocalDate.now().toString()).containsEntry("exited_on", null);
        assertThat(rows("select appointment_on, kind, attendance, punctuality, mentor_attends from "
                + "warehouse.fact_appointment where participant_key = " + key)).as("those with an outcome").containsExactly(
                release.plusDays(2) + "|HOUSING|ATTENDED|ON_TIME|false", release.plusDays(3) + "|HOUSING|CANCELLED|null|false",
                release.plusDays(4) + "|HOUSING|DID_NOT_ATTEND|null|false");
        assertThat(rows("select cadence_slots_ended, cadence_slots_done from warehouse.fact_case_episode where "
                + "participant_key = " + pseudonyms.participant(triangle.getId()))).containsExactly("2|1");
        // service levels of the agency's three releases, its engagements held or missed (a checkpoint's trace
        // is none, a cancelled call neither), its checkpoint, appointments and cadence slots
        assertThat(rows("select measure, sum(numerator), sum(denominator) from warehouse.fact_service_level where "
                + "agency_key = " + agency.id() + " and measure in ('MET_AT_GATE', 'PRE_RELEASE_CONTACT', "
                + "'ENGAGEMENTS_ATTENDED', 'ENGAGEMENTS_ON_TIME', 'SETTLED_ACCOMMODATION', 'IN_ETE', "
                + "'APPOINTMENTS_ATTENDED', 'APPOINTMENTS_ON_TIME', 'CADENCE_KEPT') group by measure"))
                .containsExactly("APPOINTMENTS_ATTENDED|1|2", "APPOINTMENTS_ON_TIME|1|1", "CADENCE_KEPT|1|2",
                        "ENGAGEMENTS_ATTENDED|3|3", "ENGAGEMENTS_ON_TIME|0|1", "IN_ETE|0|1", "MET_AT_GATE|1|3",
                        "PRE_RELEASE_CONTACT|1|3", "SETTLED_ACCOMMODATION|1|1");
        assertThat(rows("select distinct month_start from warehouse.fact_service_level where agency_key = "
                + agency.id() + " and measure = 'MET_AT_GATE'")).allMatch(day -> day.endsWith("-01"));
        // nothing that names a person is in the warehouse
        assertThat(rows("select column_name from information_schema.columns where lower(table_schema) = "
                + "'warehouse' and lower(column_name) in ('given_name', 'family_name', 'justice_id', "
                + "'date_of_birth', 'participant_id', 'external_ref')")).isEmpty();

        Map<String, List<String>> before = snapshot();
        load();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(rows("select kind, status from warehouse.load_run where id = (select max(id) from "
                + "warehouse.load_run)")).containsExactly("INCREMENTAL|PUBLISHED");
    }

    @Test
    void aMoveToAnotherRegionOpensANewRowAndTheIncrementalWarehouseEqualsAFullLoad() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Participant moving = runAs(coordinator, () -> registry.register(released("WH-MOVE", "NORTH",
                LocalDate.now().minusDays(100))));
        Participant redated = runAs(coordinator, () -> registry.register(released("WH-MOVE-DATE", "NORTH",
                LocalDate.now().minusDays(160))));
        rebuildFully();

        Mentor leaving = TestData.activeMentor(mentors, coordinator, "Leaver", "NORTH", 1);
        Participant checked = runAs(coordinator, () -> registry.register(released("WH-MOVE-CHECK", "NORTH",
                LocalDate.now().minusDays(10))));
        OutcomeCheckpoint checkpoint = runAs(coordinator, () -> checkpoints.record(checked.getId(), ANSWERS));
        load();

        ParticipantDetails south = released("WH-MOVE", "SOUTH", LocalDate.now().minusDays(100));
        runAs(coordinator, () -> registry.revise(moving.getId(), moving.getVersion(), south));
        // its release (and every service level of it) moves to a later month: the earlier one loses it
        runAs(coordinator, () -> registry.revise(redated.getId(), redated.getVersion(),
                released("WH-MOVE-DATE", "NORTH", LocalDate.now().minusDays(20))));
        runAs(coordinator, () -> engagements.record(moving.getId(), ActivityKind.PHONE_CALL, LocalDate.now()));
        runAs(coordinator, () -> mentors.moveTo(leaving.getId(), leaving.getVersion(), MentorStatus.EXITED,
                "Moved away"));
        CheckpointAnswers housed = new CheckpointAnswers(Accommodation.SETTLED, Occupation.EMPLOYED_FULL_TIME,
                Treatment.NOT_NEEDED, Answer.YES, Answer.YES, Answer.YES, Answer.YES);
        runAs(coordinator, () -> checkpoints.correct(checkpoint.getId(), checkpoint.getVersion(), housed));
        load();
        assertThat(rows("select count(*) from warehouse.fact_engagement where participant_key = "
                + pseudonyms.participant(moving.getId()))).containsExactly("1");
        assertThat(rows("select status, exited_on from warehouse.dim_mentor where mentor_key = " + leaving.getId()))
                .containsExactly("EXITED|" + LocalDate.now());
        assertThat(rows("select occupation from warehouse.fact_outcome_checkpoint where participant_key = "
                + pseudonyms.participant(checked.getId()))).containsExactly("EMPLOYED_FULL_TIME");

        long key = pseudonyms.participant(moving.getId());
        Map<String, Long> regions = new LinkedHashMap<>();
        agencies.regions(agencies.agency(agency.code())).forEach(r -> regions.put(r.getCode(), r.getId()));
        assertThat(rows("select valid_from, valid_to, is_current, region_key from warehouse.dim_participant "
                + "where participant_key = " + key)).containsExactly(
                "1900-01-01|" + LocalDate.now().minusDays(1) + "|false|" + regions.get("NORTH"),
                LocalDate.now() + "|9999-12-31|true|" + regions.get("SOUTH"));
        assertAFullLoadGivesTheSame("");
    }

    @Test
    void incrementalLoadsOnTheDaysThatFollowGiveWhatAFullLoadOfTheirDayGives() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        LocalDate today = LocalDate.now();
        // a case in each state time alone moves on, none touched again: released in three days, in its
        // first steps, reaching its 3-month mark, ended yesterday with milestones in their grace days
        ParticipantDetails pending = released("WH-DAYS-PRE", "NORTH", today.plusDays(3));
        runAs(coordinator, () -> registry.register(new ParticipantDetails(pending.externalRef(), pending.justiceId(),
                pending.givenName(), pending.familyName(), pending.dateOfBirth(), pending.gender(), null, "NORTH",
                pending.prison(), pending.program(), pending.referralDate(), pending.expectedReleaseDate(), null,
                pending.vulnerabilities(), null, null)));
        Participant first = runAs(coordinator, () -> registry.register(released("WH-DAYS-FIRST", "NORTH",
                today.minusDays(5))));
        runAs(coordinator, () -> engagements.record(first.getId(), ActivityKind.GATE_MEETING, today.minusDays(5)));
        Participant marked = runAs(coordinator, () -> registry.register(released("WH-DAYS-3M", "NORTH",
                today.minusMonths(3).plusDays(2))));
        Participant ended = runAs(coordinator, () -> registry.register(released("WH-DAYS-END", "NORTH",
                today.minusDays(40))));
        runAs(coordinator, () -> registry.exit(ended.getId(), ended.getVersion(), today.minusDays(1),
                ExitReason.NOT_ENGAGED));
        rebuildFully();
        long markedKey = pseudonyms.participant(marked.getId());
        assertThat(rows("select retained_3m from warehouse.fact_case_episode where participant_key = " + markedKey))
                .containsExactly("null");
        try {
            for (int days : new int[] {1, 3, 12, 40, 95}) {
                System.setProperty(Clocks.OFFSET_DAYS, Integer.toString(days));
                load();
                if (days == 3) {
                    assertThat(rows("select retained_3m from warehouse.fact_case_episode where participant_key = "
                            + markedKey)).as("its mark passed, nothing recorded").containsExactly("true");
                }
                if (days == 3 || days == 40 || days == 95) {
                    assertAFullLoadGivesTheSame(days + " days on");
                }
            }
        } finally {
            // the loads of later tests are of today again
            System.clearProperty(Clocks.OFFSET_DAYS);
            rebuildFully();
        }
    }

    @Test
    void aProgramAdjustedAfterALoadIsReplannedForItsClosedCasesToo() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        Participant closed = runAs(coordinator, () -> registry.register(released("WH-ADJ", "NORTH",
                LocalDate.now().minusDays(300))));
        // long over and unchanged since: only the program's adjustment can bring it back
        settleLongAgo(agency.id(), closed.getId());
        rebuildFully();
        long key = pseudonyms.participant(closed.getId());
        List<String> before = rows("select milestone_code, due_on from warehouse.fact_episode_milestone where "
                + "participant_key = " + key);

        Caller admin = agency.as(Role.AGENCY_ADMIN);
        Program program = runAs(admin, () -> programs.programs().stream().filter(p -> p.getCode().equals("REINT"))
                .findFirst().orElseThrow());
        ProgramTemplate plan = runAs(admin, () -> programs.program(program.getId()).template());
        assertThat(plan.cadences()).isNotEmpty();
        runAs(admin, () -> programs.adjust(program.getId(), new ProgramTemplate(plan.code(), plan.name(),
                plan.firstStepsDays(), plan.durationDays(), plan.milestones().stream().map(m -> new MilestoneDefinition(
                m.code(), m.label(), m.offsetDays() + 7, m.windowDays(), m.graceDays(), m.completedBy())).toList(),
                plan.cadences())));
        load();

        assertThat(rows("select milestone_code, due_on from warehouse.fact_episode_milestone where participant_key = "
                + key)).as("every due day a week later").isNotEqualTo(before).hasSameSizeAs(before);
        assertAFullLoadGivesTheSame("");
    }

    @Test
    void anEventTheFeedMovesToAnotherPersonLeavesTheFirstAndTheIncrementalWarehouseEqualsAFullLoad()
            throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        // justice ids of this run only: an earlier run's enrolments of the same person would match too
        String run = Long.toString(System.nanoTime());
        Participant first = runAs(coordinator, () -> registry.register(released("WH-EV-1-" + run, "NORTH",
                LocalDate.now().minusDays(300))));
        Participant second = runAs(coordinator, () -> registry.register(released("WH-EV-2-" + run, "NORTH",
                LocalDate.now().minusDays(300))));
        // long over and unchanged since: a later load reads it again only for the feed's sake
        settleLongAgo(agency.id(), first.getId());
        String event = "MOVE-" + run;
        String header = "event_id,justice_id,event_type,offence_date,outcome_date,custody_start_date,custody_reason,"
                + "extract_date\r\n";
        // extract dates before the other tests' latest, which sets their measurability
        assertThat(Loads.importFeed(feeds, "first.csv", header + event + "," + first.getJusticeId()
                + ",CUSTODY,,,2026-01-05,RECALL,2026-01-31\r\n")).extracting(FeedSummary::imported,
                FeedSummary::unmatched).containsExactly(1L, 0L);
        rebuildFully();
        long eventKey = pseudonyms.event(event);
        assertThat(rows("select participant_key from warehouse.fact_reoffending_event where event_key = " + eventKey))
                .containsExactly(Long.toString(pseudonyms.participant(first.getId())));

        assertThat(Loads.importFeed(feeds, "second.csv", header + event + "," + second.getJusticeId()
                + ",CUSTODY,,,2026-01-05,RECALL,2026-02-28\r\n").updated()).isEqualTo(1);
        load();

        assertThat(rows("select participant_key from warehouse.fact_reoffending_event where event_key = " + eventKey))
                .as("moved, not copied").containsExactly(Long.toString(pseudonyms.participant(second.getId())));
        assertAFullLoadGivesTheSame("");
    }

    @Test
    void aLoadStoppedMidStepLeavesThePublishedWarehouseAndItsRestartGivesWhatAnUninterruptedLoadGives()
            throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        Caller coordinator = agency.as(Role.COORDINATOR);
        registerReleased(agency, "WH-STOP-", 30);
        load();
        Map<String, List<String>> published = snapshot();
        Participant late = runAs(coordinator, () -> registry.register(released("WH-LATE", "SOUTH",
                LocalDate.now().minusDays(5))));

        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = runAs(PLATFORM_TEAM, () -> operator.start("warehouse-load", SMALL));
        awaitCheckpoints(operator, execution, 3);
        runAs(PLATFORM_TEAM, () -> {
            monitor.stop(execution);
            return null;
        });
        Loads.await(execution, BatchStatus.STOPPED);
        JobRun stoppedRun = run(execution);
        assertThat(stoppedRun.status()).isEqualTo("STOPPED");
        assertThat(stoppedRun.restartable()).isTrue();
        assertThat(runAs(PLATFORM_TEAM, () -> monitor.steps(execution))).extracting(StepRun::step, StepRun::status)
                .containsExactly(tuple("begin", "COMPLETED"), tuple("mentors", "COMPLETED"),
                        tuple("episodes", "STOPPED"));

        assertThat(rows("select status from warehouse.load_run where id = (select max(id) from warehouse.load_run)"))
                .containsExactly("STAGING");
        assertThat(snapshot()).as("readers still see the last published load").isEqualTo(published);

        // the monitor restarts it with the parameters it ran with: a checkpoint after every case
        long restarted = runAs(PLATFORM_TEAM, () -> monitor.restart(execution));
        Loads.await(restarted, BatchStatus.COMPLETED);
        List<StepRun> restartedSteps = runAs(PLATFORM_TEAM, () -> monitor.steps(restarted));
        assertThat(restartedSteps).extracting(StepRun::step).containsExactly("episodes", "engagements", "publish");
        assertThat(restartedSteps.get(0).commits()).as("one case per chunk").isGreaterThan(5);
        assertThat(restartedSteps.get(0).read()).isEqualTo(restartedSteps.get(0).written()).isPositive();
        assertThat(run(execution).restartable()).as("restarted already").isFalse();
        Map<String, List<String>> afterRestart = snapshot();
        assertThat(rows("select phase from warehouse.fact_case_episode where participant_key = "
                + pseudonyms.participant(late.getId()))).containsExactly("FIRST_STEPS");

        load();

        assertThat(snapshot()).as("an uninterrupted load of the same day").isEqualTo(afterRestart);
    }

    @Test
    void aNewLoadGivesUpAStoppedOneWhoseRestartIsThenRefused() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        registerReleased(agency, "WH-GIVE-UP-", 10);
        JobOperator operator = BatchRuntime.getJobOperator();
        long stopped = startSmallAndStopAfter(2);
        String givenUp = rows("select max(id) from warehouse.load_run").get(0);

        load();
        Map<String, List<String>> published = snapshot();

        assertThat(rows("select status from warehouse.load_run where id = " + givenUp)).containsExactly("FAILED");
        long restarted = runAs(PLATFORM_TEAM, () -> operator.restart(stopped, SMALL));
        Loads.await(restarted, BatchStatus.FAILED);
        assertThat(snapshot()).as("the given-up load published nothing").isEqualTo(published);
        // the job monitor tells why, on the run and on its step
        assertThat(run(restarted).failure()).startsWith("episodes: ").contains("was given up when a later load began");
        assertThat(runAs(PLATFORM_TEAM, () -> monitor.steps(restarted))).singleElement()
                .satisfies(step -> assertThat(step.failure()).contains("start a new load instead"));
    }

    @Test
    void aRunAKilledServerLeftRunningIsMarkedFailedAndRestartsFromItsCheckpoint() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        registerReleased(agency, "WH-KILLED-", 10);
        long execution = startSmallAndStopAfter(2);
        // what a killed server leaves in the repository: the run and its step still STARTED
        execute("update job_execution set batchstatus = 'STARTED', endtime = null where jobexecutionid = " + execution);
        execute("update step_execution set batchstatus = 'STARTED', endtime = null where jobexecutionid = " + execution
                + " and stepname = 'episodes'");

        // while another node of a cluster is noted as running it, it is that node's: left alone
        execute("update job_run_node set node = 'another-node' where job_execution_id = " + execution);
        runAs(PLATFORM_TEAM, () -> interruptedRuns.markFailed());
        assertThat(rows("select batchstatus from job_execution where jobexecutionid = " + execution))
                .containsExactly("STARTED");
        execute("update job_run_node set node = '" + Nodes.thisNode() + "' where job_execution_id = " + execution);

        assertThat(runAs(PLATFORM_TEAM, () -> interruptedRuns.markFailed())).isGreaterThanOrEqualTo(1);

        assertThat(rows("select batchstatus, exitstatus from job_execution where jobexecutionid = " + execution))
                .containsExactly("FAILED|Interrupted: the server stopped while it ran; restart it to continue from "
                        + "its last checkpoint");
        assertThat(rows("select batchstatus from step_execution where jobexecutionid = " + execution
                + " order by stepexecutionid")).containsExactly("COMPLETED", "COMPLETED", "FAILED");
        // only the platform team (its isolation entry: it would fail the other tests' running jobs)
        for (Role role : Role.values()) {
            Caller caller = role.isAgencyScoped() ? agency.as(role) : new Caller(-8L, "r", null, null, Set.of(role));
            if (role != Role.SYSTEM_ADMIN) {
                assertThatThrownBy(() -> runAs(caller, () -> interruptedRuns.markFailed())).as(role.name())
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        long restarted = runAs(PLATFORM_TEAM, () -> monitor.restart(execution));
        Loads.await(restarted, BatchStatus.COMPLETED);
        Map<String, List<String>> afterRestart = snapshot();
        load();
        assertThat(snapshot()).as("an uninterrupted load of the same day").isEqualTo(afterRestart);
    }

    @Test
    void aRunOfANodeThatStoppedBeatingIsMarkedFailedByTheNodesStillRunning() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        registerReleased(agency, "WH-SILENT-", 10);
        long execution = startSmallAndStopAfter(2);
        // what a node killed for good leaves: its run still STARTED, noted as its own
        String node = "silent-node-" + execution;
        execute("update job_execution set batchstatus = 'STARTED', endtime = null where jobexecutionid = " + execution);
        execute("update step_execution set batchstatus = 'STARTED', endtime = null where jobexecutionid = " + execution
                + " and stepname = 'episodes'");
        execute("update job_run_node set node = '" + node + "' where job_execution_id = " + execution);

        // while the node beats (and a node never heard from) its run is its own
        interruptedRuns.markStoppedNodesRuns();
        assertThat(rows("select batchstatus from job_execution where jobexecutionid = " + execution))
                .containsExactly("STARTED");
        execute("insert into node_heartbeat (node, started_at, seen_at) values ('" + node + "', current_timestamp, "
                + "current_timestamp)");
        interruptedRuns.markStoppedNodesRuns();
        assertThat(rows("select batchstatus from job_execution where jobexecutionid = " + execution))
                .containsExactly("STARTED");
        assertThat(rows("select node from node_heartbeat where node = '" + Nodes.thisNode() + "'"))
                .as("this node beats too").hasSize(1);

        // silent for longer than the missed beats allow: the nodes still running mark it failed at a beat
        String anHourAgo = utc(Instant.now().minus(Duration.ofHours(1)));
        execute("update node_heartbeat set seen_at = timestamp with time zone '" + anHourAgo + "+00' where node = '"
                + node + "'");
        String status = "select batchstatus from job_execution where jobexecutionid = " + execution;
        for (int i = 0; i < 300 && rows(status).equals(List.of("STARTED")); i++) {
            Thread.sleep(100);
        }
        assertThat(rows("select batchstatus, exitstatus from job_execution where jobexecutionid = " + execution))
                .as("marked by this node's beat timer within 30 s")
                .containsExactly("FAILED|Interrupted: the node running it stopped; restart it to continue from its "
                        + "last checkpoint");
        assertThat(rows("select batchstatus from step_execution where jobexecutionid = " + execution
                + " order by stepexecutionid")).containsExactly("COMPLETED", "COMPLETED", "FAILED");

        long restarted = runAs(PLATFORM_TEAM, () -> monitor.restart(execution));
        Loads.await(restarted, BatchStatus.COMPLETED);
        assertThat(rows("select node from job_run_node where job_execution_id = " + restarted))
                .containsExactly(Nodes.thisNode());
        // a run's node is kept a day after it ended, then dropped
        interruptedRuns.markStoppedNodesRuns();
        assertThat(rows("select node from job_run_node where job_execution_id = " + restarted)).hasSize(1);
        execute("update job_execution set endtime = timestamp '2020-01-01 00:00:00' where jobexecutionid = "
                + restarted);
        interruptedRuns.markStoppedNodesRuns();
        assertThat(rows("select node from job_run_node where job_execution_id = " + restarted)).isEmpty();
    }

    @Test
    void aNodeNeverTakesItselfForStoppedAndForgetsNodesSilentForAMonth() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        registerReleased(agency, "WH-SELF-", 3);
        long execution = startSmallAndStopAfter(1);
        String status = "select batchstatus from job_execution where jobexecutionid = " + execution;
        String me = Nodes.thisNode();
        String anHourAgo = utc(Instant.now().minus(Duration.ofHours(1)));
        try {
            // this node's run, while its own signs of life fail to be written (an hour old)
            execute("update job_execution set batchstatus = 'STARTED', endtime = null where jobexecutionid = "
                    + execution);
            assertThat(rows("select node from job_run_node where job_execution_id = " + execution)).containsExactly(me);
            String stillSilent = "select node from node_heartbeat where node = '" + me + "' and seen_at < "
                    + "timestamp with time zone '" + utc(Instant.now().minus(Duration.ofMinutes(30))) + "+00'";
            boolean sawItSilent = false;
            for (int i = 0; i < 20 && !sawItSilent; i++) {
                execute("update node_heartbeat set seen_at = timestamp with time zone '" + anHourAgo
                        + "+00' where node = '" + me + "'");
                interruptedRuns.markStoppedNodesRuns();
                // its beat (every second here) may have written a sign meanwhile: then again; a sign only
                // moves forward, so one still old after the call was old during it
                sawItSilent = !rows(stillSilent).isEmpty();
            }
            assertThat(sawItSilent).as("looked while this node's last sign was an hour old").isTrue();
            assertThat(rows(status)).as("never marked by itself").containsExactly("STARTED");
        } finally {
            execute("update job_execution set batchstatus = 'STOPPED', endtime = current_timestamp where "
                    + "jobexecutionid = " + execution);
        }

        // a node silent for a month is forgotten, one silent for less is kept
        execute("insert into node_heartbeat (node, started_at, seen_at) values ('gone-" + execution + "', "
                + "current_timestamp, timestamp with time zone '" + utc(Instant.now().minus(Duration.ofDays(31)))
                + "+00'), ('quiet-" + execution + "', current_timestamp, timestamp with time zone '"
                + utc(Instant.now().minus(Duration.ofDays(29))) + "+00')");
        interruptedRuns.markStoppedNodesRuns();
        assertThat(rows("select node from node_heartbeat where node in ('gone-" + execution + "', 'quiet-" + execution
                + "')")).containsExactly("quiet-" + execution);
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(instant);
    }

    private void registerReleased(TestData.TestAgency agency, String refPrefix, int cases) {
        Caller coordinator = agency.as(Role.COORDINATOR);
        for (int i = 0; i < cases; i++) {
            String ref = refPrefix + i;
            runAs(coordinator, () -> registry.register(released(ref, "NORTH", LocalDate.now().minusDays(40))));
        }
    }

    /** Starts a load that checkpoints after every case and stops it after that many checkpoints. */
    private long startSmallAndStopAfter(int checkpoints) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = runAs(PLATFORM_TEAM, () -> operator.start("warehouse-load", SMALL));
        awaitCheckpoints(operator, execution, checkpoints);
        operator.stop(execution);
        Loads.await(execution, BatchStatus.STOPPED);
        return execution;
    }

    private JobRun run(long execution) {
        return runAs(PLATFORM_TEAM, () -> monitor.recentRuns()).stream().filter(r -> r.executionId() == execution)
                .findFirst().orElseThrow();
    }

    private static void awaitCheckpoints(JobOperator operator, long execution, long commits)
            throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            long done = operator.getStepExecutions(execution).stream().filter(s -> s.getStepName().equals("episodes"))
                    .flatMap(s -> Arrays.stream(s.getMetrics()))
                    .filter(m -> m.getType() == Metric.MetricType.COMMIT_COUNT).mapToLong(Metric::getValue).sum();
            if (done >= commits) {
                return;
            }
            assertThat(operator.getJobExecution(execution).getBatchStatus()).as("the load is still running")
                    .isIn(BatchStatus.STARTING, BatchStatus.STARTED);
            Thread.sleep(10);
        }
        throw new AssertionError("the load made no " + commits + " checkpoints in 30 s");
    }

    @Test
    void onlyThePlatformTeamStartsALoad() {
        TestData.TestAgency agency = TestData.newAgency(agencies, "WH");
        for (Caller caller : List.of(agency.as(Role.AGENCY_ADMIN), agency.as(Role.COORDINATOR),
                new Caller(-8L, "commissioner", null, null, Set.of(Role.COMMISSIONER)))) {
            assertThatThrownBy(() -> runAs(caller, () -> jobs.start())).as(caller.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Released 900 and ended 600 days ago, last changed yesterday: straight in the database, past its rules. */
    private void settleLongAgo(long agencyId, long participantId) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            if (Databases.isPostgres(db)) {
                // the agency's row policy
                try (PreparedStatement bind = db.prepareStatement("select set_config('gatehouse.agency', ?, true)")) {
                    bind.setString(1, Long.toString(agencyId));
                    bind.executeQuery().close();
                }
            }
            try (PreparedStatement update = db.prepareStatement("update participant set actual_release_date = ?, "
                    + "exit_date = ?, exit_type = 'PLANNED', updated_at = ? where id = ?")) {
                update.setDate(1, Date.valueOf(LocalDate.now().minusDays(900)));
                update.setDate(2, Date.valueOf(LocalDate.now().minusDays(600)));
                update.setTimestamp(3, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
                update.setLong(4, participantId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            db.commit();
        }
    }

    /** The warehouse as it stands equals, in its current state, a full load of the same day. */
    private void assertAFullLoadGivesTheSame(String when) throws Exception {
        Map<String, List<String>> incremental = currentState();
        rebuildFully();
        Map<String, List<String>> full = currentState();
        // table by table, only the rows that differ: whole tables are too long for a readable failure
        for (String table : incremental.keySet()) {
            List<String> onlyIncremental = new ArrayList<>(incremental.get(table));
            onlyIncremental.removeAll(full.get(table));
            List<String> onlyFull = new ArrayList<>(full.get(table));
            onlyFull.removeAll(incremental.get(table));
            assertThat(onlyIncremental).as(when + " " + table + ": rows only the incremental warehouse has").isEmpty();
            assertThat(onlyFull).as(when + " " + table + ": rows only the full load has").isEmpty();
        }
        assertThat(full).as(when).isEqualTo(incremental);
    }

    /**
     * Also the first load of each test that compares with a full load: an incremental warehouse keeps the
     * facts of cases de-identified since it began (RetentionIT's, whichever order the classes run in) and a
     * full load has none of them (WAREHOUSE.md), so both sides start from a warehouse a full load made.
     */
    private void rebuildFully() throws Exception {
        Loads.rebuildFully(dataSource, jobs);
    }

    private void load() throws InterruptedException {
        Loads.run(jobs);
    }

    /** Every row of every loaded table, sorted, and the calendar's size. */
    private Map<String, List<String>> snapshot() throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : Loads.TABLES) {
            tables.put(table, rows("select * from warehouse." + table));
        }
        tables.put("dim_date", rows("select count(*) from warehouse.dim_date"));
        return tables;
    }

    /** The warehouse as a full load would make it today: participants' current rows, their dates aside. */
    private Map<String, List<String>> currentState() throws Exception {
        Map<String, List<String>> tables = snapshot();
        tables.put("dim_participant", rows("select participant_key, person_key, agency_key, region_key, program_key, "
                + "gender, indigenous_status, age_band from warehouse.dim_participant where is_current"));
        return tables;
    }

    private void execute(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    /** The rows the query finds, each its values joined by "|", sorted. */
    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(row.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        rows.sort(null);
        return rows;
    }

    private Map<String, String> row(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).as(sql).isTrue();
            ResultSetMetaData meta = row.getMetaData();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = row.getObject(i);
                values.put(meta.getColumnLabel(i).toLowerCase(), value == null ? null : value.toString());
            }
            return values;
        }
    }
}
