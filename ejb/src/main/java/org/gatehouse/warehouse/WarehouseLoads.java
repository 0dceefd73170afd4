package org.gatehouse.warehouse;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gatehouse.casework.CustodyReturnKind;
import org.gatehouse.casework.Pathway;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.platform.Databases;
import org.gatehouse.reoffending.ReoffendingEventType;
import org.gatehouse.reoffending.ReoffendingFeedLedger;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Role;

/**
 * The warehouse's loads (docs/WAREHOUSE.md): begun, staged a part at a time by the load job, then
 * published in one transaction, so that readers see the last published load whole and never a
 * night half loaded. Works for the platform ({@code Caller.platform()}) or a system administrator.
 */
@Stateless
public class WarehouseLoads {

    private static final Logger LOG = Logger.getLogger(WarehouseLoads.class.getName());

    /** A later load reads again what changed a little before the last one ended: a transaction that
     *  committed late with an earlier time is not missed, and reading a row twice changes nothing. */
    public static final Duration OVERLAP = Duration.ofMinutes(10);

    private static final StarMerge AGENCIES = new StarMerge("dim_agency", "stage_agency", List.of("agency_key"),
            List.of("code", "name"));
    private static final StarMerge REGIONS = new StarMerge("dim_region", "stage_region", List.of("region_key"),
            List.of("agency_key", "code", "name"));
    private static final StarMerge PROGRAMS = new StarMerge("dim_program", "stage_program", List.of("program_key"),
            List.of("agency_key", "code", "name", "template_code"));
    static final List<String> EPISODE_VALUES = List.of("person_key", "agency_key", "region_key", "program_key",
            "referral_date", "referral_lead_days", "expected_release_date", "actual_release_date", "exit_date",
            "exit_type", "exit_reason", "phase", "case_plan_agreed_on", "first_pre_release_contact_on",
            "gate_meeting_on", "orientation_on", "first_steps_engagements", "retained_3m", "retained_6m",
            "retained_12m", "returns_to_custody", "cadence_slots_ended", "cadence_slots_done");
    private static final StarMerge EPISODES = new StarMerge("fact_case_episode", "stage_episode",
            List.of("participant_key"), EPISODE_VALUES);
    private static final StarMerge MILESTONES = new StarMerge("fact_episode_milestone", "stage_milestone",
            List.of("participant_key", "milestone_code"), List.of("due_on", "done_on", "state"));
    private static final StarMerge VULNERABILITIES = new StarMerge("bridge_participant_vulnerability",
            "stage_vulnerability", List.of("participant_key", "vulnerability_key"), List.of());
    private static final StarMerge EVENTS = new StarMerge("fact_reoffending_event", "stage_reoffending",
            List.of("participant_key", "event_key"), List.of("person_key", "agency_key", "program_key", "event_type",
            "offence_date", "outcome_date", "custody_start_date", "custody_reason"));
    static final List<String> MEASURE_VALUES = List.of("members", "measurable", "reoffenders", "rate", "rate_ci_low",
            "rate_ci_high", "reoffences", "frequency", "mean_days_to_first", "custody_12m", "custody_12m_rate",
            "measurable_24m", "custody_24m", "custody_24m_rate");
    private static final StarMerge MEASURES = new StarMerge("measure_reoffending", "stage_measure",
            List.of("cohort", "agency", "program"), MEASURE_VALUES);
    static final List<String> MEMBER_VALUES = List.of("participant_key", "release_date", "measurable", "reoffender",
            "reoffences", "days_to_first", "custody_12m", "measurable_24m", "custody_24m");
    private static final StarMerge MEMBERS = new StarMerge("fact_reoffending_member", "stage_reoffending_member",
            List.of("cohort", "person_key", "agency_key", "program_key"), MEMBER_VALUES);
    static final List<String> CHECKPOINT_VALUES = List.of("checkpoint_code", "due_on", "recorded_on",
            "accommodation", "occupation", "treatment", "gp_registered", "benefits_in_payment", "id_held",
            "family_contact");
    static final List<String> APPOINTMENT_VALUES = List.of("appointment_on", "kind", "attendance", "punctuality",
            "mentor_attends");
    private static final StarMerge APPOINTMENTS = new StarMerge("fact_appointment", "stage_appointment",
            List.of("participant_key", "appointment_key"), APPOINTMENT_VALUES);
    private static final StarMerge CHECKPOINTS = new StarMerge("fact_outcome_checkpoint", "stage_checkpoint",
            List.of("participant_key", "checkpoint_key"), CHECKPOINT_VALUES);
    static final List<String> ENGAGEMENT_VALUES = List.of("participant_key", "engaged_on", "kind", "attendance",
            "punctuality", "duration_minutes", "with_mentor", "awaiting_sign_off");
    private static final StarMerge ENGAGEMENTS = new StarMerge("fact_engagement", "stage_engagement",
            List.of("engagement_key"), ENGAGEMENT_VALUES);
    static final List<String> MENTOR_VALUES = List.of("agency_key", "region_key", "mentor_type", "status",
            "former_participant", "recruited_on", "vetted", "trained", "supervision_sessions", "debriefs",
            "exited_on");
    private static final StarMerge MENTORS = new StarMerge("dim_mentor", "stage_mentor", List.of("mentor_key"),
            MENTOR_VALUES);
    private static final StarMerge SERVICE_LEVELS = new StarMerge("fact_service_level", "stage_service_level",
            List.of("month_start", "agency_key", "program_key", "region_key", "measure"),
            List.of("numerator", "denominator"));
    /** A full load's service levels: every month. */
    private static final LocalDate EVERY_MONTH = LocalDate.of(1900, 1, 1);
    private static final String[] STAGES = {"stage_agency", "stage_region", "stage_program", "stage_mentor",
            "stage_episode", "stage_milestone", "stage_release", "stage_vulnerability", "stage_reoffending",
            "stage_checkpoint", "stage_appointment", "stage_engagement", "stage_measure", "stage_reoffending_member",
            "stage_service_level", "stage_changed_event"};

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private AccessPolicy access;

    @Inject
    private Clock clock;

    @Inject
    private ReoffendingFeedLedger feed;

    @Inject
    private Pseudonyms pseudonyms;

    /**
     * Begins the job instance's load as of today (or finds it again, should its first step run
     * twice): full when nothing was published yet, else incremental from the last published one. A
     * load another instance left staging (a stopped or failed run) is marked failed and its staging
     * emptied: that run can no longer publish.
     */
    public LoadRun begin(long jobInstance) {
        platform("begin a warehouse load");
        Instant now = Instant.now(clock);
        try (Connection db = dataSource.getConnection()) {
            Optional<LoadRun> own = find(db, "where job_instance = " + jobInstance);
            if (own.isPresent()) {
                return own.get();
            }
            Optional<LoadRun> abandoned = find(db, "where status = 'STAGING'");
            if (abandoned.isPresent()) {
                update(db, "update warehouse.load_run set status = 'FAILED' where id = ?", abandoned.get().id());
                emptyStaging(db, abandoned.get().id());
            }
            Optional<LoadRun> last = find(db, "where status = 'PUBLISHED' order by id desc");
            long id;
            try (Statement sql = db.createStatement();
                 ResultSet row = sql.executeQuery("select coalesce(max(id), 0) + 1 from warehouse.load_run")) {
                row.next();
                id = row.getLong(1);
            }
            Instant since = last.map(l -> l.changedUntil().minus(OVERLAP)).orElse(null);
            LocalDate extract = feed.latestExtract().orElse(null);
            try (PreparedStatement insert = db.prepareStatement("insert into warehouse.load_run (id, kind, as_of, "
                    + "changed_since, changed_until, status, started_at, feed_extract_date, job_instance, based_on) "
                    + "values (?, ?, ?, ?, ?, 'STAGING', ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, since == null ? LoadRun.FULL : LoadRun.INCREMENTAL);
                insert.setDate(3, Date.valueOf(LocalDate.now(clock)));
                insert.setTimestamp(4, since == null ? null : Timestamp.from(since));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setTimestamp(6, Timestamp.from(now));
                date(insert, 7, extract);
                insert.setLong(8, jobInstance);
                if (since == null) {
                    insert.setNull(9, Types.BIGINT);
                } else {
                    insert.setLong(9, last.get().id());
                }
                insert.executeUpdate();
            }
            return find(db, "where id = " + id).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("a warehouse load cannot begin", e);
        }
    }

    /** The load a job instance began, to stage into or publish: refused once another load took its place. */
    public LoadRun loadOf(long jobInstance) {
        platform("see the warehouse load");
        try (Connection db = dataSource.getConnection()) {
            LoadRun load = find(db, "where job_instance = " + jobInstance)
                    .orElseThrow(() -> new IllegalStateException("job instance " + jobInstance + " began no load"));
            if (LoadRun.FAILED.equals(load.status())) {
                throw new IllegalStateException("load " + load.id() + " was given up when a later load began: "
                        + "start a new load instead of restarting this one");
            }
            return load;
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse loads cannot be read", e);
        }
    }

    /** The load being staged, if any. */
    public Optional<LoadRun> staging() {
        platform("see the warehouse load");
        try (Connection db = dataSource.getConnection()) {
            return find(db, "where status = 'STAGING'");
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse loads cannot be read", e);
        }
    }

    /** The last published load, if any. */
    public Optional<LoadRun> lastPublished() {
        platform("see the warehouse load");
        try (Connection db = dataSource.getConnection()) {
            return find(db, "where status = 'PUBLISHED' order by id desc");
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse loads cannot be read", e);
        }
    }

    /**
     * Stages every agency, region and program (a few hundred rows: read whole each time), and for an
     * incremental load the feed events changed since the last one.
     */
    public void stageReference(long loadId) {
        platform("stage the warehouse's reference data");
        try (Connection db = dataSource.getConnection()) {
            for (String stage : new String[] {"stage_agency", "stage_region", "stage_program",
                    "stage_changed_event"}) {
                update(db, "delete from warehouse." + stage + " where load_id = ?", loadId);
            }
            Instant since = find(db, "where id = " + loadId).orElseThrow().changedSince();
            if (since != null) {
                try (PreparedStatement changed = db.prepareStatement("insert into warehouse.stage_changed_event "
                        + "(load_id, event_key) values (?, ?)")) {
                    for (String eventId : feed.changedSince(since)) {
                        changed.setLong(1, loadId);
                        changed.setLong(2, pseudonyms.event(eventId));
                        changed.addBatch();
                    }
                    changed.executeBatch();
                }
            }
            update(db, "insert into warehouse.stage_agency (load_id, agency_key, code, name) "
                    + "select ?, id, code, name from agency", loadId);
            update(db, "insert into warehouse.stage_region (load_id, region_key, agency_key, code, name) "
                    + "select ?, id, agency_id, code, name from region", loadId);
            update(db, "insert into warehouse.stage_program (load_id, program_key, agency_key, code, name, template_code) "
                    + "select ?, id, agency_id, code, name, template_code from program", loadId);
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse's reference data cannot be staged", e);
        }
    }

    /**
     * Stages a page of episodes with their milestones, releases, vulnerabilities, feed events and
     * outcome checkpoints. A chunk's rows commit with its checkpoint, so a restart from the
     * checkpoint stages none twice (a chunk that did not commit left nothing).
     */
    public void stageEpisodes(long loadId, List<EpisodeRow> episodes) {
        platform("stage warehouse episodes");
        try (Connection db = dataSource.getConnection()) {
            insertEpisodes(db, loadId, episodes);
            try (PreparedStatement milestone = db.prepareStatement("insert into warehouse.stage_milestone (load_id, "
                    + "participant_key, milestone_code, due_on, done_on, state) values (?, ?, ?, ?, ?, ?)");
                 PreparedStatement release = db.prepareStatement("insert into warehouse.stage_release (load_id, "
                         + "participant_key, release_date) values (?, ?, ?)");
                 PreparedStatement vulnerability = db.prepareStatement("insert into warehouse.stage_vulnerability "
                         + "(load_id, participant_key, vulnerability_key) values (?, ?, ?)");
                 PreparedStatement event = db.prepareStatement("insert into warehouse.stage_reoffending (load_id, "
                         + "participant_key, event_key, person_key, agency_key, program_key, event_type, offence_date, "
                         + "outcome_date, custody_start_date, custody_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement checkpoint = db.prepareStatement("insert into warehouse.stage_checkpoint (load_id, "
                         + "participant_key, checkpoint_key, " + String.join(", ", CHECKPOINT_VALUES) + ") values (?, ?, ?"
                         + ", ?".repeat(CHECKPOINT_VALUES.size()) + ")");
                 PreparedStatement appointment = db.prepareStatement("insert into warehouse.stage_appointment "
                         + "(load_id, participant_key, appointment_key, " + String.join(", ", APPOINTMENT_VALUES)
                         + ") values (?, ?, ?" + ", ?".repeat(APPOINTMENT_VALUES.size()) + ")")) {
                for (EpisodeRow e : episodes) {
                    for (EpisodeRow.MilestoneRow m : e.milestones()) {
                        milestone.setLong(1, loadId);
                        milestone.setLong(2, e.participantKey());
                        milestone.setString(3, m.code());
                        milestone.setDate(4, Date.valueOf(m.dueOn()));
                        date(milestone, 5, m.doneOn());
                        milestone.setString(6, m.state());
                        milestone.addBatch();
                    }
                    for (LocalDate day : e.releases().stream().distinct().toList()) {
                        release.setLong(1, loadId);
                        release.setLong(2, e.participantKey());
                        release.setDate(3, Date.valueOf(day));
                        release.addBatch();
                    }
                    for (String code : e.vulnerabilities()) {
                        vulnerability.setLong(1, loadId);
                        vulnerability.setLong(2, e.participantKey());
                        vulnerability.setString(3, code);
                        vulnerability.addBatch();
                    }
                    for (EpisodeRow.EventRow r : e.events()) {
                        event.setLong(1, loadId);
                        event.setLong(2, e.participantKey());
                        event.setLong(3, r.eventKey());
                        event.setLong(4, e.personKey());
                        event.setLong(5, e.agencyKey());
                        event.setLong(6, e.programKey());
                        event.setString(7, r.type());
                        date(event, 8, r.offenceDate());
                        date(event, 9, r.outcomeDate());
                        date(event, 10, r.custodyStart());
                        event.setString(11, r.custodyReason());
                        event.addBatch();
                    }
                    for (EpisodeRow.CheckpointRow c : e.checkpoints()) {
                        checkpoint.setLong(1, loadId);
                        checkpoint.setLong(2, e.participantKey());
                        checkpoint.setLong(3, c.checkpointKey());
                        checkpoint.setString(4, c.code());
                        checkpoint.setDate(5, Date.valueOf(c.dueOn()));
                        checkpoint.setDate(6, Date.valueOf(c.recordedOn()));
                        checkpoint.setString(7, c.accommodation());
                        checkpoint.setString(8, c.occupation());
                        checkpoint.setString(9, c.treatment());
                        checkpoint.setString(10, c.gpRegistered());
                        checkpoint.setString(11, c.benefitsInPayment());
                        checkpoint.setString(12, c.idHeld());
                        checkpoint.setString(13, c.familyContact());
                        checkpoint.addBatch();
                    }
                    for (EpisodeRow.AppointmentRow a : e.appointments()) {
                        appointment.setLong(1, loadId);
                        appointment.setLong(2, e.participantKey());
                        appointment.setLong(3, a.appointmentKey());
                        appointment.setDate(4, Date.valueOf(a.on()));
                        appointment.setString(5, a.kind());
                        appointment.setString(6, a.attendance());
                        appointment.setString(7, a.punctuality());
                        appointment.setBoolean(8, a.mentorAttends());
                        appointment.addBatch();
                    }
                }
                milestone.executeBatch();
                release.executeBatch();
                vulnerability.executeBatch();
                event.executeBatch();
                checkpoint.executeBatch();
                appointment.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse episodes cannot be staged", e);
        }
    }

    /**
     * Stages a chunk's engagements. A chunk's rows commit with its checkpoint, so a restart stages
     * none twice; a page read again (its chunk rolled back) is staged afresh.
     */
    public void stageEngagements(long loadId, List<EngagementRow> engagements) {
        platform("stage warehouse engagements");
        try (Connection db = dataSource.getConnection()) {
            stageRows(db, "warehouse.stage_engagement (load_id, engagement_key, " + String.join(", ", ENGAGEMENT_VALUES)
                    + ")", engagements.stream().map(e -> Arrays.<Object>asList(loadId, e.engagementKey(),
                    e.participantKey(), e.engagedOn(), e.kind(), e.attendance(), e.punctuality(), e.durationMinutes(),
                    e.withMentor(), e.awaitingSignOff())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse engagements cannot be staged", e);
        }
    }

    /**
     * Stages many rows (each its column values: text, numbers, booleans, dates or null): with
     * PostgreSQL's {@code COPY}, else in one batch.
     */
    private static void stageRows(Connection db, String tableAndColumns, List<List<Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (Databases.isPostgres(db)) {
            CopyIn.copy(db, tableAndColumns, rows);
            return;
        }
        int columns = rows.get(0).size();
        try (PreparedStatement insert = db.prepareStatement("insert into " + tableAndColumns + " values ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")")) {
            for (List<Object> row : rows) {
                for (int i = 0; i < columns; i++) {
                    Object value = row.get(i);
                    insert.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Stages an agency's mentors whole (again after a restart: the agency's rows are replaced). */
    public void stageMentors(long loadId, long agencyId, List<MentorRow> mentors) {
        platform("stage warehouse mentors");
        try (Connection db = dataSource.getConnection()) {
            update(db, "delete from warehouse.stage_mentor where load_id = ? and agency_key = ?", loadId, agencyId);
            try (PreparedStatement insert = db.prepareStatement("insert into warehouse.stage_mentor (load_id, "
                    + "mentor_key, " + String.join(", ", MENTOR_VALUES) + ") values (?, ?"
                    + ", ?".repeat(MENTOR_VALUES.size()) + ")")) {
                for (MentorRow m : mentors) {
                    insert.setLong(1, loadId);
                    insert.setLong(2, m.mentorKey());
                    insert.setLong(3, m.agencyKey());
                    if (m.regionKey() == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, m.regionKey());
                    }
                    insert.setString(5, m.type());
                    insert.setString(6, m.status());
                    insert.setBoolean(7, m.formerParticipant());
                    insert.setDate(8, Date.valueOf(m.recruitedOn()));
                    insert.setBoolean(9, m.vetted());
                    insert.setBoolean(10, m.trained());
                    insert.setInt(11, m.supervisionSessions());
                    insert.setInt(12, m.debriefs());
                    date(insert, 13, m.exitedOn());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse mentors cannot be staged", e);
        }
    }

    private static void insertEpisodes(Connection db, long loadId, List<EpisodeRow> episodes) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into warehouse.stage_episode (load_id, "
                + "participant_key, gender, indigenous_status, age_band, " + String.join(", ", EPISODE_VALUES)
                + ") values (?, ?, ?, ?, ?" + ", ?".repeat(EPISODE_VALUES.size()) + ")")) {
            for (EpisodeRow e : episodes) {
                int i = 1;
                insert.setLong(i++, loadId);
                insert.setLong(i++, e.participantKey());
                insert.setString(i++, e.gender());
                insert.setString(i++, e.indigenousStatus());
                insert.setString(i++, e.ageBand());
                insert.setLong(i++, e.personKey());
                insert.setLong(i++, e.agencyKey());
                insert.setLong(i++, e.regionKey());
                insert.setLong(i++, e.programKey());
                insert.setDate(i++, Date.valueOf(e.referralDate()));
                integer(insert, i++, e.referralLeadDays());
                insert.setDate(i++, Date.valueOf(e.expectedReleaseDate()));
                date(insert, i++, e.actualReleaseDate());
                date(insert, i++, e.exitDate());
                insert.setString(i++, e.exitType());
                insert.setString(i++, e.exitReason());
                insert.setString(i++, e.phase());
                date(insert, i++, e.casePlanAgreedOn());
                date(insert, i++, e.firstPreReleaseContactOn());
                date(insert, i++, e.gateMeetingOn());
                date(insert, i++, e.orientationOn());
                insert.setInt(i++, e.firstStepsEngagements());
                bool(insert, i++, e.retained3m());
                bool(insert, i++, e.retained6m());
                bool(insert, i++, e.retained12m());
                insert.setInt(i++, e.returnsToCustody());
                insert.setInt(i++, e.cadenceSlotsEnded());
                insert.setInt(i, e.cadenceSlotsDone());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Publishes the load in the caller's one transaction (again: nothing, once published):
     * dimensions (mentors; participants as type 2 on region and program), then facts (episodes,
     * milestones, releases, feed events, outcome checkpoints, engagements), the reoffending measures
     * and the service levels; staging emptied, the load marked published.
     */
    public LoadRun publish(long loadId) {
        platform("publish a warehouse load");
        try (Connection db = dataSource.getConnection()) {
            LoadRun load = find(db, "where id = " + loadId).orElseThrow();
            if (LoadRun.PUBLISHED.equals(load.status())) {
                // published, then the server stopped before the job could record it: nothing to do
                return load;
            }
            if (!LoadRun.STAGING.equals(load.status())) {
                throw new IllegalStateException("load " + loadId + " is " + load.status() + " and cannot be published");
            }
            PublishTimes times = new PublishTimes();
            analyze(db);
            times.mark("statistics");
            Map<ServiceLevels.Measure, LocalDate> serviceLevelsFrom = serviceLevelsFrom(db, load);
            fillCalendar(db, load.asOf());
            fixedDimensions(db);
            for (StarMerge reference : List.of(AGENCIES, REGIONS, PROGRAMS, MENTORS)) {
                update(db, reference.merge(), loadId);
            }
            times.mark("reference and mentors");
            participants(db, loadId, load.asOf());
            update(db, VULNERABILITIES.deleteGone("stage_episode"), loadId, loadId);
            update(db, VULNERABILITIES.merge(), loadId);
            times.mark("participants");
            fill(db, EPISODES, loadId);
            update(db, MILESTONES.deleteGone("stage_episode"), loadId, loadId);
            fill(db, MILESTONES, loadId);
            releases(db, loadId);
            times.mark("episodes, milestones, releases");
            update(db, EVENTS.deleteGone("stage_episode"), loadId, loadId);
            // an event the feed changed keeps only the enrolments this load matched it to
            update(db, "delete from warehouse.fact_reoffending_event d where exists (select 1 from "
                    + "warehouse.stage_changed_event c where c.load_id = ? and c.event_key = d.event_key) and not "
                    + "exists (select 1 from warehouse.stage_reoffending s where s.load_id = ? and s.event_key = "
                    + "d.event_key and s.participant_key = d.participant_key)", loadId, loadId);
            fill(db, EVENTS, loadId);
            update(db, CHECKPOINTS.deleteGone("stage_episode"), loadId, loadId);
            fill(db, CHECKPOINTS, loadId);
            update(db, APPOINTMENTS.deleteGone("stage_episode"), loadId, loadId);
            fill(db, APPOINTMENTS, loadId);
            times.mark("feed events, checkpoints, appointments");
            fill(db, ENGAGEMENTS, loadId);
            times.mark("engagements");
            measures(db, loadId, load.feedExtractDate());
            times.mark("reoffending measures");
            serviceLevels(db, loadId, load.asOf(), serviceLevelsFrom);
            times.mark("service levels");
            long episodes = count(db, "select count(*) from warehouse.stage_episode where load_id = " + loadId);
            emptyStaging(db, loadId);
            times.mark("staging emptied");
            LOG.info(() -> "Warehouse load " + loadId + " (" + load.kind() + ", " + episodes + " episodes) published: "
                    + times);
            try (PreparedStatement done = db.prepareStatement("update warehouse.load_run set status = 'PUBLISHED', "
                    + "published_at = ?, episodes = ? where id = ? and status = 'STAGING'")) {
                done.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                done.setLong(2, episodes);
                done.setLong(3, loadId);
                if (done.executeUpdate() != 1) {
                    // a new load gave this one up meanwhile: nothing of it may become visible
                    throw new IllegalStateException("load " + loadId + " was given up while it was published");
                }
            }
            return find(db, "where id = " + loadId).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("the warehouse load cannot be published", e);
        }
    }

    /**
     * Participants as a type 2 dimension: a region or program other than the current row's closes it
     * the day before the load's day and opens a new one (a row opened the same day is corrected in
     * place); every other attribute is corrected on the current row.
     */
    private static void participants(Connection db, long loadId, LocalDate asOf) throws SQLException {
        Date day = Date.valueOf(asOf);
        try (PreparedStatement close = db.prepareStatement("update warehouse.dim_participant d set valid_to = ?, "
                + "is_current = false where d.is_current and d.valid_from < ? and exists (select 1 from "
                + "warehouse.stage_episode s where s.load_id = ? and s.participant_key = d.participant_key and "
                + "(s.region_key <> d.region_key or s.program_key <> d.program_key))")) {
            close.setDate(1, Date.valueOf(asOf.minusDays(1)));
            close.setDate(2, day);
            close.setLong(3, loadId);
            close.executeUpdate();
        }
        // decided first, then inserted: the insert itself never reads the table it fills
        try (PreparedStatement decide = db.prepareStatement("update warehouse.stage_episode s set version_from = "
                + "case when exists (select 1 from warehouse.dim_participant o where o.participant_key = "
                + "s.participant_key) then cast(? as date) else cast(? as date) end where s.load_id = ? and not exists "
                + "(select 1 from warehouse.dim_participant c where c.participant_key = s.participant_key and "
                + "c.is_current)")) {
            decide.setDate(1, day);
            decide.setDate(2, Date.valueOf(LocalDate.of(1900, 1, 1)));
            decide.setLong(3, loadId);
            decide.executeUpdate();
        }
        try (PreparedStatement open = db.prepareStatement("insert into warehouse.dim_participant (participant_key, "
                + "valid_from, valid_to, is_current, person_key, agency_key, region_key, program_key, gender, "
                + "indigenous_status, age_band) select s.participant_key, s.version_from, cast(? as date), true, "
                + "s.person_key, s.agency_key, s.region_key, s.program_key, s.gender, s.indigenous_status, s.age_band "
                + "from warehouse.stage_episode s where s.load_id = ? and s.version_from is not null")) {
            open.setDate(1, Date.valueOf(LocalDate.of(9999, 12, 31)));
            open.setLong(2, loadId);
            open.executeUpdate();
        }
        List<String> attributes = List.of("person_key", "agency_key", "region_key", "program_key", "gender",
                "indigenous_status", "age_band");
        update(db, "merge into warehouse.dim_participant d using (select participant_key, "
                + String.join(", ", attributes) + " from warehouse.stage_episode where load_id = ?) s on "
                + "(d.participant_key = s.participant_key and d.is_current = true) when matched and ("
                + String.join(" or ", attributes.stream().map(a -> "d." + a + " is distinct from s." + a).toList())
                + ") then update set " + String.join(", ", attributes.stream().map(a -> a + " = s." + a).toList()),
                loadId);
    }

    /** Merges the staged rows into a fact table, or inserts them when it is empty (a first load). */
    private static void fill(Connection db, StarMerge fact, long loadId) throws SQLException {
        boolean empty;
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(fact.anyRow())) {
            row.next();
            empty = row.getInt(1) == 0;
        }
        update(db, empty ? fact.insertAll() : fact.merge(), loadId);
    }

    /** Releases carry the episode's current keys, so they are rewritten where those changed. */
    private static void releases(Connection db, long loadId) throws SQLException {
        update(db, "delete from warehouse.fact_release d where exists (select 1 from warehouse.stage_episode e "
                + "where e.load_id = ? and e.participant_key = d.participant_key and (not exists (select 1 from "
                + "warehouse.stage_release s where s.load_id = e.load_id and s.participant_key = d.participant_key "
                + "and s.release_date = d.release_date) or e.person_key <> d.person_key or e.agency_key <> "
                + "d.agency_key or e.program_key <> d.program_key or e.region_key <> d.region_key))", loadId);
        // a merge, not an insert that looks itself up row by row
        update(db, "merge into warehouse.fact_release d using (select s.participant_key, s.release_date, "
                + "e.person_key, e.agency_key, e.program_key, e.region_key from warehouse.stage_release s join "
                + "warehouse.stage_episode e on e.load_id = s.load_id and e.participant_key = s.participant_key where "
                + "s.load_id = ?) n on (d.participant_key = n.participant_key and d.release_date = n.release_date) "
                + "when not matched then insert (participant_key, release_date, person_key, agency_key, program_key, "
                + "region_key) values (n.participant_key, n.release_date, n.person_key, n.agency_key, n.program_key, "
                + "n.region_key)", loadId);
    }

    /**
     * The reoffending measures (FORMATS.md §3) over every release and event now in the warehouse,
     * computed in Java ({@link ReoffendingMeasures}) and merged: unchanged rows untouched, rows of
     * cohorts no longer there deleted.
     */
    private static void measures(Connection db, long loadId, LocalDate feedExtract) throws SQLException {
        List<ReoffendingMeasures.Release> releases = new ArrayList<>();
        Map<String, Long> agencyKeys = new HashMap<>();
        Map<String, Long> programKeys = new HashMap<>();
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("select r.person_key, a.code, "
                + "p.code, r.release_date, r.participant_key, a.agency_key, p.program_key from warehouse.fact_release r "
                + "join warehouse.dim_agency a on a.agency_key = r.agency_key join warehouse.dim_program p on "
                + "p.program_key = r.program_key")) {
            while (row.next()) {
                releases.add(new ReoffendingMeasures.Release(row.getLong(1), row.getString(2), row.getString(3),
                        row.getDate(4).toLocalDate(), row.getLong(5)));
                agencyKeys.put(row.getString(2), row.getLong(6));
                // program codes repeat across agencies: keyed by both
                programKeys.put(row.getString(2) + "/" + row.getString(3), row.getLong(7));
            }
        }
        List<ReoffendingMeasures.Event> events = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("select distinct person_key, "
                + "event_key, event_type, offence_date, outcome_date, custody_start_date, custody_reason from "
                + "warehouse.fact_reoffending_event")) {
            while (row.next()) {
                events.add(new ReoffendingMeasures.Event(row.getLong(1), row.getLong(2),
                        ReoffendingEventType.valueOf(row.getString(3)), day(row.getDate(4)), day(row.getDate(5)),
                        day(row.getDate(6)), row.getString(7) == null ? null : CustodyReturnKind.valueOf(row.getString(7))));
            }
        }
        try (PreparedStatement insert = db.prepareStatement("insert into warehouse.stage_measure (load_id, cohort, "
                + "agency, program, " + String.join(", ", MEASURE_VALUES) + ") values (?, ?, ?, ?"
                + ", ?".repeat(MEASURE_VALUES.size()) + ")")) {
            for (ReoffendingMeasures.Row m : ReoffendingMeasures.of(releases, events, feedExtract)) {
                insert.setLong(1, loadId);
                insert.setString(2, m.cohort());
                insert.setString(3, m.agency());
                insert.setString(4, m.program());
                insert.setLong(5, m.members());
                insert.setLong(6, m.measurable());
                insert.setLong(7, m.reoffenders());
                insert.setBigDecimal(8, m.rate());
                insert.setBigDecimal(9, m.rateCiLow());
                insert.setBigDecimal(10, m.rateCiHigh());
                insert.setLong(11, m.reoffences());
                insert.setBigDecimal(12, m.frequency());
                insert.setBigDecimal(13, m.meanDaysToFirst());
                insert.setLong(14, m.custody12m());
                insert.setBigDecimal(15, m.custody12mRate());
                insert.setLong(16, m.measurable24m());
                insert.setLong(17, m.custody24m());
                insert.setBigDecimal(18, m.custody24mRate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        update(db, "delete from warehouse.measure_reoffending m where not exists (select 1 from warehouse.stage_measure "
                + "s where s.load_id = ? and s.cohort = m.cohort and s.agency = m.agency and s.program = m.program)",
                loadId);
        update(db, MEASURES.merge(), loadId);
        stageRows(db, "warehouse.stage_reoffending_member (load_id, cohort, person_key, agency_key, program_key, "
                + String.join(", ", MEMBER_VALUES) + ")", ReoffendingMeasures.members(releases, events, feedExtract)
                .stream().map(m -> Arrays.<Object>asList(loadId, m.cohort(), m.personKey(), agencyKeys.get(m.agency()),
                        programKeys.get(m.agency() + "/" + m.program()), m.participantKey(), m.release(),
                        m.measurable(), m.reoffender(), m.reoffences(), m.daysToFirst(), m.custody12m(),
                        m.measurable24m(), m.custody24m())).toList());
        update(db, "delete from warehouse.fact_reoffending_member m where not exists (select 1 from "
                + "warehouse.stage_reoffending_member s where s.load_id = ? and s.cohort = m.cohort and s.person_key = "
                + "m.person_key and s.agency_key = m.agency_key and s.program_key = m.program_key)", loadId);
        fill(db, MEMBERS, loadId);
    }

    /**
     * Per service level, the first day of the first month the load can change (to ask before the
     * facts are merged): every month for a full load; else the earliest month of a fact row it
     * replaces, as it was or will be, or that its later day brings into scope.
     */
    private static Map<ServiceLevels.Measure, LocalDate> serviceLevelsFrom(Connection db, LoadRun load)
            throws SQLException {
        Map<ServiceLevels.Measure, LocalDate> from = new HashMap<>();
        LocalDate previous = load.basedOn() == null ? null
                : find(db, "where id = " + load.basedOn()).map(LoadRun::asOf).orElse(null);
        for (ServiceLevels.Measure measure : ServiceLevels.MEASURES) {
            if (previous == null) {
                from.put(measure, EVERY_MONTH);
                continue;
            }
            // rows enter (or, were the clock put back, leave) the scope between the two loads' days
            LocalDate first = (previous.isBefore(load.asOf()) ? previous : load.asOf()).minusDays(measure.lagDays());
            try (PreparedStatement touched = db.prepareStatement(ServiceLevels.touchedFrom(measure))) {
                for (int i = 1; i <= 3; i++) {
                    touched.setLong(i, load.id());
                }
                try (ResultSet row = touched.executeQuery()) {
                    if (row.next() && row.getDate(1) != null && row.getDate(1).toLocalDate().isBefore(first)) {
                        first = row.getDate(1).toLocalDate();
                    }
                }
            }
            from.put(measure, first.withDayOfMonth(1));
        }
        return from;
    }

    /** The monthly service-level snapshot ({@link ServiceLevels}) from the facts now in the warehouse. */
    private static void serviceLevels(Connection db, long loadId, LocalDate asOf,
                                      Map<ServiceLevels.Measure, LocalDate> from) throws SQLException {
        for (ServiceLevels.Measure measure : ServiceLevels.MEASURES) {
            try (PreparedStatement stage = db.prepareStatement(ServiceLevels.stage(measure))) {
                stage.setLong(1, loadId);
                stage.setDate(2, Date.valueOf(asOf.minusDays(measure.lagDays())));
                stage.setDate(3, Date.valueOf(from.get(measure)));
                stage.executeUpdate();
            }
            try (PreparedStatement gone = db.prepareStatement("delete from warehouse.fact_service_level f where "
                    + "f.measure = ? and f.month_start >= ? and not exists (select 1 from "
                    + "warehouse.stage_service_level s where s.load_id = ? and s.month_start = f.month_start and "
                    + "s.agency_key = f.agency_key and s.program_key = f.program_key and s.region_key = f.region_key "
                    + "and s.measure = f.measure)")) {
                gone.setString(1, measure.code());
                gone.setDate(2, Date.valueOf(from.get(measure)));
                gone.setLong(3, loadId);
                gone.executeUpdate();
            }
        }
        update(db, SERVICE_LEVELS.merge(), loadId);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * Fresh planner statistics on PostgreSQL for the staged rows: staging tables go from empty to
     * millions of rows within a load, faster than autovacuum notices (the facts change little from
     * one night to the next, and autovacuum keeps theirs). Through {@code warehouse.analyze_stage}
     * (V54): only a table's owner may analyze it, and the application owns none.
     */
    private static void analyze(Connection db) throws SQLException {
        if (!Databases.isPostgres(db)) {
            return;
        }
        try (PreparedStatement analyze = db.prepareStatement("select warehouse.analyze_stage(?)")) {
            for (String table : STAGES) {
                analyze.setString(1, table);
                analyze.executeQuery().close();
            }
        }
    }


    /** Vulnerabilities and pathways: the application's own codes. */
    private static void fixedDimensions(Connection db) throws SQLException {
        try (PreparedStatement vulnerability = db.prepareStatement("insert into warehouse.dim_vulnerability "
                + "(vulnerability_key, label) select ?, ? where not exists (select 1 from warehouse.dim_vulnerability "
                + "where vulnerability_key = ?)");
             PreparedStatement pathway = db.prepareStatement("insert into warehouse.dim_pathway (pathway_key, label) "
                     + "select ?, ? where not exists (select 1 from warehouse.dim_pathway where pathway_key = ?)")) {
            for (Vulnerability v : Vulnerability.values()) {
                vulnerability.setString(1, v.name());
                vulnerability.setString(2, v.getLabel());
                vulnerability.setString(3, v.name());
                vulnerability.executeUpdate();
            }
            for (Pathway p : Pathway.values()) {
                pathway.setString(1, p.name());
                pathway.setString(2, p.getLabel());
                pathway.setString(3, p.name());
                pathway.executeUpdate();
            }
        }
    }

    /** Every day from 2000 to two years past the load's day. */
    private static void fillCalendar(Connection db, LocalDate asOf) throws SQLException {
        LocalDate last;
        try (Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select max(calendar_day) from warehouse.dim_date")) {
            row.next();
            last = row.getDate(1) == null ? LocalDate.of(1999, 12, 31) : row.getDate(1).toLocalDate();
        }
        LocalDate until = asOf.plusYears(2);
        try (PreparedStatement insert = db.prepareStatement("insert into warehouse.dim_date (calendar_day, year_no, "
                + "quarter_label, month_label, day_of_week) values (?, ?, ?, ?, ?)")) {
            for (LocalDate day = last.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
                insert.setDate(1, Date.valueOf(day));
                insert.setInt(2, day.getYear());
                insert.setString(3, day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
                insert.setString(4, String.format("%d-%02d", day.getYear(), day.getMonthValue()));
                insert.setInt(5, day.getDayOfWeek().getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void emptyStaging(Connection db, long loadId) throws SQLException {
        if (Databases.isPostgres(db)) {
            // one load stages at a time (begin gives up any other): its staging is all there is, and
            // truncating (in the transaction) is instant where deleting millions of rows is not
            try (Statement sql = db.createStatement()) {
                sql.execute("truncate table " + String.join(", ", Arrays.stream(STAGES).map(t -> "warehouse." + t)
                        .toList()));
            }
            return;
        }
        for (String stage : STAGES) {
            update(db, "delete from warehouse." + stage + " where load_id = ?", loadId);
        }
    }

    private static Optional<LoadRun> find(Connection db, String where) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("select id, kind, as_of, "
                + "changed_since, changed_until, status, started_at, published_at, episodes, feed_extract_date, based_on "
                + "from warehouse.load_run " + where)) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new LoadRun(row.getLong(1), row.getString(2), row.getDate(3).toLocalDate(),
                    instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), row.getString(6),
                    instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), row.getLong(9),
                    row.getDate(10) == null ? null : row.getDate(10).toLocalDate(), row.getObject(11, Long.class)));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void update(Connection db, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(day));
        }
    }

    private static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void bool(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    private void platform(String action) {
        access.requireRole(action, Role.SYSTEM_ADMIN);
    }
}
