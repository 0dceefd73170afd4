package org.gatehouse.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.matching.ConflictKind;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.partners.PartnerDetails;
import org.gatehouse.partners.PartnerDirectory;
import org.gatehouse.partners.ServiceKind;
import org.gatehouse.partners.ServiceReferrals;
import org.gatehouse.platform.Databases;
import org.gatehouse.security.Caller;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.appointments.AppointmentDetails;
import org.gatehouse.appointments.AppointmentKind;
import org.gatehouse.appointments.Appointments;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.ExitReason;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.plans.CasePlans;
import org.gatehouse.plans.GoalDetails;
import org.gatehouse.plans.GoalOwner;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.gatehouse.warehouse.Loads;
import org.gatehouse.warehouse.Pseudonyms;
import org.gatehouse.warehouse.WarehouseLoadJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention with the clock moved on: a closed case is de-identified once its agency's period has
 * passed (names, references, notes, plan text, appointments' places, audit details gone; what the
 * figures need kept), the warehouse's facts of it stay as they were, nothing else is touched; and the
 * subject-access export gives everything held about one case to its agency's administrator only.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final String WORD = "xylophonist";
    /** The person's name in this run only (the embedded database outlives a run, and every text column is scanned). */
    private static final String NAME = "Wolstenholme" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
            .replaceAll("[0-9]", "x");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(RetentionIT.class, Loads.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseNotes notes;

    @Inject
    private CasePlans plans;

    @Inject
    private Appointments appointments;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MatchingDesk desk;

    @Inject
    private ConsentRecords consents;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private ServiceReferrals serviceReferrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Retention retention;

    @Inject
    private RetentionSweeper sweeper;

    @Inject
    private SubjectAccess subjectAccess;

    @Inject
    private WarehouseLoadJobs jobs;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Pseudonyms pseudonyms;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    /**
     * A case with everything that can describe the person, each naming them by {@code familyName}: a
     * note, a note withdrawn with its reason, a goal, an appointment, matching needs, a conflict and a
     * mentor match, a partner referral, a change of name; ended today (which ends the match). Its id.
     */
    private long closedCase(TestAgency agency, String caseWorker, String reference, String familyName) {
        Caller coordinator = agency.as(Role.COORDINATOR);
        long caseWorkerId = accounts.find(caseWorker).orElseThrow().getId();
        // the mentors and the partner service are not the person: their names never contain the person's
        Mentor mentor = TestData.activeMentor(mentors, coordinator, "Mentorson", "NORTH", 2);
        Mentor conflicted = TestData.activeMentor(mentors, coordinator, "Cousinson", "NORTH", 2);
        String partnerName = "Northgate Housing Trust";
        long partner = runAs(coordinator, () -> directory.add(new PartnerDetails("NORTH", partnerName,
                ServiceKind.HOUSING, null, null, null, null))).getId();
        return runAs(coordinator, () -> {
            long id = registry.register(TestData.participant(reference, "Philippa", familyName)).getId();
            consents.giveOnCase(id, ConsentScope.MENTORING, null, LocalDate.now());
            consents.giveOnCase(id, ConsentScope.SHARING, partnerName, LocalDate.now());
            notes.write(id, familyName + " met the " + WORD + " at the hostel", Pathway.ACCOMMODATION,
                    Sensitivity.NORMAL);
            CaseNote wrong = notes.write(id, "Meant for another case", Pathway.HEALTH, Sensitivity.NORMAL);
            notes.withdraw(wrong.getId(), wrong.getVersion(), "Wrong case: " + familyName + " is someone else");
            plans.addGoal(id, new GoalDetails(Pathway.HEALTH, "Get " + familyName + " to a GP", GoalOwner.PARTICIPANT,
                    null, null));
            appointments.book(id, new AppointmentDetails(AppointmentKind.HOUSING, LocalDate.now().plusDays(3),
                    LocalTime.NOON, 30, familyName + "'s sister's flat", null, false));
            serviceReferrals.refer(id, partner, familyName + " sleeps at a friend's", LocalDate.now());
            desk.reviseNeeds(id, 0, true, familyName + " heritage", Set.of(WeeklySlot.TUE_EVENING));
            desk.declareConflict(id, conflicted.getId(), ConflictKind.KNOWN_PERSONALLY, familyName + "'s cousin");
            desk.match(id, mentor.getId(), caseWorkerId, null);
            engagements.record(id, ActivityKind.GATE_MEETING, LocalDate.now());
            Participant participant = registry.participant(id);
            registry.revise(id, participant.getVersion(), TestData.participant(reference, "Philippa", familyName
                    + "-Jones"));
            registry.exit(id, registry.participant(id).getVersion(), LocalDate.now(), ExitReason.COMPLETED);
            return id;
        });
    }

    /**
     * Where the token is still written, in any text column of any table the agency's session sees
     * (on PostgreSQL bound to it, as the application is), "table.column" each.
     */
    private List<String> stillHolding(TestAgency agency, String token) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                boolean postgres = Databases.isPostgres(db);
                if (postgres) {
                    try (PreparedStatement bind = db.prepareStatement("select set_config('gatehouse.agency', ?, true)")) {
                        bind.setString(1, Long.toString(agency.id()));
                        bind.executeQuery().close();
                    }
                }
                List<String[]> columns = new ArrayList<>();
                try (ResultSet column = db.getMetaData().getColumns(null, null, "%", "%")) {
                    while (column.next()) {
                        String schema = column.getString("TABLE_SCHEM").toLowerCase(java.util.Locale.ROOT);
                        int type = column.getInt("DATA_TYPE");
                        if ((schema.equals("public") || schema.equals("warehouse"))
                                && (type == java.sql.Types.VARCHAR || type == java.sql.Types.CLOB
                                || type == java.sql.Types.LONGVARCHAR)) {
                            columns.add(new String[] {schema, column.getString("TABLE_NAME"), column.getString("COLUMN_NAME")});
                        }
                    }
                }
                for (String[] column : columns) {
                    try (PreparedStatement count = db.prepareStatement("select count(*) from " + column[0] + "."
                            + column[1] + " where lower(" + column[2] + ") like ?")) {
                        count.setString(1, "%" + token.toLowerCase(java.util.Locale.ROOT) + "%");
                        try (ResultSet found = count.executeQuery()) {
                            if (found.next() && found.getLong(1) > 0) {
                                holding.add(column[1] + "." + column[2]);
                            }
                        }
                    }
                }
                assertThat(columns).as("text columns scanned").hasSizeGreaterThan(100);
            } finally {
                db.rollback();
            }
        }
        return holding;
    }

    @Test
    void aClosedCaseIsDeIdentifiedOnceItsAgencysPeriodHasPassedAndItsFiguresStay() throws Exception {
        TestAgency agency = TestData.newAgency(agencies, "RET");
        TestAgency keepsLonger = TestData.newAgency(agencies, "RET");
        String caseWorker = agency.user(accounts, agencies, Role.CASE_WORKER);
        runAs(agency.as(Role.AGENCY_ADMIN), () -> retention.keepClosedCasesFor(24));
        long closed = closedCase(agency, caseWorker, "RET-1", NAME);
        long stillOpen = runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("RET-2",
                "Oona", "Openshaw")).getId());
        long otherAgency = closedCase(keepsLonger, keepsLonger.user(accounts, agencies, Role.CASE_WORKER), "RET-3",
                "Longbottom"); // kept 84 months, the default
        assertThatThrownBy(() -> runAs(agency.as(Role.AGENCY_ADMIN), () -> {
            retention.keepClosedCasesFor(12);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("24-600");
        assertThat(stillHolding(agency, NAME)).as("where the case names the person before")
                .contains("participant.family_name", "case_note.body", "case_note.withdrawal_reason", "plan_goal.goal",
                        "appointment.place", "service_referral.reason", "match_needs.cultural_background",
                        "match_conflict.note");
        Loads.run(jobs);
        String factsBefore = facts(closed);
        assertThat(factsBefore).contains("COMPLETED");
        assertThat(search(caseWorker)).contains(NAME);

        // a year on: nothing is due yet
        sweepOn(365);
        assertThat(runAs(agency.as(Role.COORDINATOR), () -> registry.participant(closed)).getFamilyName())
                .isEqualTo(NAME + "-Jones");

        // 25 months on: the closed case of the agency keeping 24 months is de-identified, nothing else
        sweepOn(25 * 31);
        Participant gone = runAs(agency.as(Role.COORDINATOR), () -> registry.participant(closed));
        assertThat(gone.getDeidentifiedOn()).isNotNull();
        assertThat(gone.getGivenName()).isEqualTo("Removed");
        assertThat(gone.getFamilyName()).isEqualTo("Removed");
        assertThat(gone.getExternalRef()).isEqualTo("REMOVED-" + closed);
        assertThat(gone.getJusticeId()).isEqualTo("REMOVED-" + closed);
        assertThat(gone.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(gone.getPrison()).isEqualTo("Removed");
        assertThat(gone.getExitDate()).isEqualTo(LocalDate.now());
        assertThat(gone.getVulnerabilities()).isNotEmpty();
        assertThat(runAs(agency.as(Role.COORDINATOR), () -> registry.participant(stillOpen)).getFamilyName())
                .isEqualTo("Openshaw");
        assertThat(runAs(keepsLonger.as(Role.COORDINATOR), () -> registry.participant(otherAgency)).getFamilyName())
                .isEqualTo("Longbottom-Jones");
        // what it said is gone from every text column of every table, and from the search index; the audit
        // trail says it happened
        assertThat(stillHolding(agency, NAME)).as("where the case still names the person").isEmpty();
        String everything = runAs(agency.as(Role.AGENCY_ADMIN), () -> subjectAccess.export(closed));
        assertThat(everything).doesNotContain(NAME).doesNotContain("Philippa").doesNotContain("RET-1")
                .doesNotContain(WORD).doesNotContain("A1234BC").doesNotContain("sister")
                .contains("\"case_note\"").contains("\"appointment\"").contains("Removed");
        assertThat(search(caseWorker)).doesNotContain(NAME).doesNotContain("\"participantId\":" + closed);
        List<AuditEvent> trail = runAs(agency.as(Role.AGENCY_ADMIN), () -> audit.trail(null, null, "Participant",
                Long.toString(closed), null, null, 0, 100));
        assertThat(trail).extracting(AuditEvent::getKind).contains(AuditKind.CREATE, AuditKind.UPDATE, AuditKind.DEIDENTIFY);
        assertThat(trail).allSatisfy(event -> assertThat(String.valueOf(event.getDetail()))
                .doesNotContain(NAME).doesNotContain("Philippa"));
        // a de-identified case stays closed and cannot be changed
        assertThatThrownBy(() -> runAs(agency.as(Role.COORDINATOR), () -> registry.revise(closed, gone.getVersion(),
                TestData.participant("RET-1", "Philippa", "Back")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("de-identified");
        // the warehouse keeps its facts of the case as they were, and a later load never reads it again
        Loads.run(jobs);
        assertThat(facts(closed)).isEqualTo(factsBefore);
        // nor does a full one: a warehouse rebuilt from nothing holds none of the case (WAREHOUSE.md)
        Loads.rebuildFully(dataSource, jobs);
        assertThat(rowsOf(closed)).isEmpty();
        // a second sweep finds nothing more to do
        sweepOn(25 * 31);
        assertThat(runAs(agency.as(Role.COORDINATOR), () -> registry.participant(closed)).getVersion())
                .isEqualTo(gone.getVersion());
    }

    @Test
    void aSubjectAccessExportHoldsEverythingAboutTheCaseForItsAgencysAdministratorOnly() throws Exception {
        TestAgency agency = TestData.newAgency(agencies, "SAR");
        TestAgency stranger = TestData.newAgency(agencies, "SAR");
        String caseWorker = agency.user(accounts, agencies, Role.CASE_WORKER);
        long id = closedCase(agency, caseWorker, "SAR-1", "Fairweather");
        String admin = agency.user(accounts, agencies, Role.AGENCY_ADMIN);
        String strangerAdmin = stranger.user(accounts, agencies, Role.AGENCY_ADMIN);

        HttpResponse<String> file = Api.send(admin, "GET", Api.ROOT + "/v1/participants/" + id + "/subject-access", null);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").contains("subject-access-" + id + ".json"));
        assertThat(file.body()).contains("\"participant\":[{\"id\":" + id + ",").contains("Fairweather-Jones")
                .contains("\"case_note\"").contains(WORD).contains("\"plan_goal\"").contains("Get Fairweather to a GP")
                .contains("\"appointment\"").contains("Fairweather's sister's flat").contains("\"participant_vulnerability\"")
                .contains("\"auditTrail\"").contains("\"CREATE\"").contains("familyName: Fairweather -> Fairweather-Jones")
                .contains("\"mentor_match\"").contains("\"match_conflict\"").contains("\"service_referral\"")
                .contains("\"record\":\"CaseNote ");
        // the mentor's other people are not the person's: nothing of another case comes with it
        assertThat(file.body()).doesNotContain("\"participant_id\":" + (id + 1) + ",");
        // every table that refers to a case is reached (a new one would be, by its foreign key)
        assertThat(file.body()).contains("\"case_plan\"");
        // by reference on the page's service, the same
        assertThat(runAs(agency.as(Role.AGENCY_ADMIN), () -> subjectAccess.exportByReference(" SAR-1 ")))
                .contains("\"participant\":[{\"id\":" + id + ",");
        assertThatThrownBy(() -> runAs(agency.as(Role.AGENCY_ADMIN), () -> subjectAccess.exportByReference("NOPE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no case of the agency");
        // an administrator the case is kept from (a relative, say) is refused its export too, and it is audited
        long kept = accounts.find(admin).orElseThrow().getId();
        runAs(agency.as(Role.COORDINATOR), () -> {
            registry.restrict(id, Set.of(), Set.of(kept));
            return null;
        });
        HttpResponse<String> restricted = Api.send(admin, "GET", Api.ROOT + "/v1/participants/" + id + "/subject-access",
                null);
        assertThat(restricted.statusCode()).isEqualTo(403);
        assertThat(restricted.body()).doesNotContain("Fairweather");
        runAs(agency.as(Role.COORDINATOR), () -> {
            registry.restrict(id, Set.of(), Set.of());
            return null;
        });
        // another agency's administrator finds nothing, the agency's case worker may not ask
        HttpResponse<String> theirs = Api.send(strangerAdmin, "GET", Api.ROOT + "/v1/participants/" + id
                + "/subject-access", null);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("Fairweather");
        assertThat(Api.send(caseWorker, "GET", Api.ROOT + "/v1/participants/" + id + "/subject-access", null)
                .statusCode()).isEqualTo(403);
        // the export is in the audit trail
        assertThat(runAs(agency.as(Role.AGENCY_ADMIN), () -> audit.trail(AuditKind.EXPORT, null, "Participant",
                Long.toString(id), null, null, 0, 10))).isNotEmpty();
        // the rule over the API: read, changed, refused by field out of its bounds
        assertThat(Api.send(admin, "GET", Api.ROOT + "/v1/retention", null).body()).contains("\"months\":84");
        assertThat(Api.send(admin, "PUT", Api.ROOT + "/v1/retention", "{\"months\": 120}").body())
                .contains("\"months\":120");
        HttpResponse<String> tooShort = Api.send(admin, "PUT", Api.ROOT + "/v1/retention", "{\"months\": 6}");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("retention_months");
    }

    /** Runs the nightly sweep as if it were that many days from today (the server's clock: this test runs in it). */
    private void sweepOn(int daysAhead) {
        TestData.daysAhead(daysAhead, sweeper::sweep);
    }

    private static String search(String user) throws Exception {
        HttpResponse<String> found = Api.send(user, "GET", Api.ROOT + "/search?q=" + WORD, null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return found.body();
    }

    /** The warehouse's rows of the case (its episode, participant versions and engagements), as text. */
    private String facts(long participantId) throws Exception {
        List<String> rows = rowsOf(participantId);
        assertThat(rows).as("the case's rows in the warehouse").isNotEmpty();
        assertThat(rows).anyMatch(row -> row.startsWith("warehouse.fact_engagement"));
        return String.join("\n", rows);
    }

    private List<String> rowsOf(long participantId) throws Exception {
        long key = pseudonyms.participant(participantId);
        List<String> rows = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (String table : List.of("warehouse.fact_case_episode", "warehouse.dim_participant",
                    "warehouse.fact_engagement")) {
                try (PreparedStatement select = db.prepareStatement("select * from " + table
                        + " where participant_key = ?")) {
                    select.setLong(1, key);
                    try (ResultSet row = select.executeQuery()) {
                        ResultSetMetaData columns = row.getMetaData();
                        while (row.next()) {
                            StringBuilder text = new StringBuilder(table);
                            for (int i = 1; i <= columns.getColumnCount(); i++) {
                                text.append(' ').append(columns.getColumnName(i)).append('=').append(row.getObject(i));
                            }
                            rows.add(text.toString());
                        }
                    }
                }
            }
        }
        return rows;
    }
}
