package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.jobs.JobMonitor;
import org.gatehouse.participantimport.ParticipantImports;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.privacy.Retention;
import org.gatehouse.privacy.SubjectAccess;
import org.gatehouse.reports.ParticipantListReport;
import org.gatehouse.reports.ReoffendingDashboardReport;
import org.gatehouse.reports.ReportFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gatehouse.casework.Gender;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.dashboards.Breakdown;
import org.gatehouse.dashboards.ReoffendingDashboard;
import org.gatehouse.dashboards.ReoffendingExport;
import org.gatehouse.dashboards.MentorPipelineDashboard;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.dashboards.ServiceLevelTargets;
import org.gatehouse.evaluation.JusticeDataLabCohort;
import org.gatehouse.exports.ExportFiles;
import org.gatehouse.exports.ExportLedger;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Attendee;
import org.gatehouse.engagement.EngagementDetails;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.MentorTraining;
import org.gatehouse.casework.Pathway;
import org.gatehouse.matching.Match;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.appointments.AppointmentDetails;
import org.gatehouse.appointments.AppointmentKind;
import org.gatehouse.appointments.Appointments;
import org.gatehouse.appointments.ReminderDispatcher;
import org.gatehouse.appointments.Reminders;
import org.gatehouse.outcomes.Accommodation;
import org.gatehouse.outcomes.Answer;
import org.gatehouse.outcomes.CheckpointAnswers;
import org.gatehouse.outcomes.Occupation;
import org.gatehouse.outcomes.OutcomeCheckpoints;
import org.gatehouse.outcomes.Treatment;
import org.gatehouse.search.NoteQuery;
import org.gatehouse.search.NoteIndexHealth;
import org.gatehouse.search.NoteIndexRebuilds;
import org.gatehouse.reoffending.ReoffendingFeedLedger;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.warehouse.EpisodeExtract;
import org.gatehouse.warehouse.LoadRun;
import org.gatehouse.warehouse.NightlyClaims;
import org.gatehouse.warehouse.NightlyLoad;
import org.gatehouse.warehouse.WarehouseLoads;
import org.gatehouse.search.NoteSearch;
import org.gatehouse.partners.PartnerDetails;
import org.gatehouse.partners.PartnerDirectory;
import org.gatehouse.partners.ServiceKind;
import org.gatehouse.partners.ServiceReferralStatus;
import org.gatehouse.partners.ServiceReferrals;
import org.gatehouse.plans.CasePlans;
import org.gatehouse.plans.GoalDetails;
import org.gatehouse.plans.GoalOwner;
import org.gatehouse.plans.GoalStatus;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.matching.MatchEnd;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.matching.PoolProposals;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.SessionKind;
import org.gatehouse.platform.FileNoLongerKeptException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.ProgramCatalogue;
import org.gatehouse.referral.DeclineReason;
import org.gatehouse.referral.Referral;
import org.gatehouse.referral.ReferralDesk;
import org.gatehouse.referral.ReferralDetails;
import org.gatehouse.referral.ReferralSource;
import org.gatehouse.transfer.CaseTransfer;
import org.gatehouse.transfer.TransferDesk;
import org.gatehouse.worklist.Worklists;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation suite: every page and API endpoint, tried by every role of the owning agency, of
 * another agency, and by the agency-less roles. Allowed callers get in; everyone else is refused
 * and no response leaks the record (name, reference or id). Each new screen or endpoint adds its
 * rows here.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationIT {

    private static final Set<Role> ALL = Set.of(Role.values());
    private static final Set<Role> CASE_STAFF = Set.of(Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR);
    private static final Set<Role> CASE_EDITORS = Set.of(Role.COORDINATOR, Role.CASE_WORKER);

    /** A page, and the roles the container lets in (the services narrow further). */
    private record Page(String path, Set<Role> allowed) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("/index.xhtml", ALL),
            new Page("/password.xhtml", ALL),
            new Page("/participants.xhtml", CASE_STAFF),
            new Page("/participant.xhtml?id=%d", CASE_STAFF),
            new Page("/case.xhtml?id=%1$d", CASE_STAFF),
            new Page("/referrals.xhtml", Set.of(Role.COORDINATOR)),
            new Page("/referral.xhtml?id=%2$d", Set.of(Role.COORDINATOR)),
            new Page("/transfers.xhtml", Set.of(Role.COORDINATOR)),
            new Page("/programs.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/mentors.xhtml", Set.of(Role.COORDINATOR, Role.CASE_WORKER)),
            new Page("/mentor.xhtml?id=%3$d", Set.of(Role.COORDINATOR, Role.CASE_WORKER)),
            new Page("/training.xhtml", Set.of(Role.COORDINATOR, Role.CASE_WORKER)),
            new Page("/match.xhtml?id=%1$d", Set.of(Role.COORDINATOR, Role.CASE_WORKER)),
            new Page("/pool.xhtml", Set.of(Role.COORDINATOR)),
            new Page("/log.xhtml", Set.of(Role.MENTOR)),
            new Page("/calendar.xhtml?case=%1$d", CASE_STAFF),
            new Page("/calendar.xhtml?mentor=%3$d", CASE_STAFF),
            new Page("/calendar.xhtml", CASE_STAFF),
            new Page("/search.xhtml?q=gate", CASE_STAFF),
            new Page("/cases-behind.xhtml?releasedFrom=2000-01-01&releasedTo=2030-12-31", CASE_STAFF),
            new Page("/partners.xhtml", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR)),
            new Page("/import.xhtml", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR)),
            new Page("/restriction.xhtml?id=%d", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR)),
            new Page("/users.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/audit.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/retention.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/agencies.xhtml", Set.of(Role.SYSTEM_ADMIN)),
            new Page("/search-index.xhtml", Set.of(Role.SYSTEM_ADMIN)),
            new Page("/reoffending-feed.xhtml", Set.of(Role.SYSTEM_ADMIN)),
            new Page("/jobs.xhtml", Set.of(Role.SYSTEM_ADMIN)),
            new Page("/reoffending.xhtml", Set.of(Role.COMMISSIONER, Role.AGENCY_ADMIN, Role.COORDINATOR,
                    Role.CASE_WORKER)),
            new Page("/service-levels.xhtml", Set.of(Role.COMMISSIONER, Role.AGENCY_ADMIN, Role.COORDINATOR,
                    Role.CASE_WORKER)),
            new Page("/exports.xhtml", Set.of(Role.COMMISSIONER, Role.AGENCY_ADMIN, Role.COORDINATOR,
                    Role.CASE_WORKER)));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(IsolationIT.class, ScreenSession.class, Page.class, Call.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ParticipantImports imports;

    @Inject
    private ParticipantListReport report;

    @Inject
    private ExportFiles exportFiles;

    @Inject
    private ExportLedger exportLedger;

    @Inject
    private UserAdministration administration;

    @Inject
    private AuditTrail audit;

    @Inject
    private SubjectAccess subjectAccess;

    @Inject
    private Retention retention;

    @Inject
    private ReferralDesk referrals;

    @Inject
    private ConsentRecords consents;

    @Inject
    private EngagementLog engagements;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Worklists worklists;

    @Inject
    private TransferDesk transfers;

    @Inject
    private ProgramCatalogue catalogue;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private MentorTraining training;

    @Inject
    private MatchingDesk matching;

    @Inject
    private PoolProposals pool;

    @Inject
    private CaseNotes notes;

    @Inject
    private Appointments appointments;

    @Inject
    private OutcomeCheckpoints checkpoints;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private NoteSearch search;

    @Inject
    private NoteIndexHealth indexHealth;

    @Inject
    private NoteIndexRebuilds rebuilds;

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private ReoffendingFeedLedger feedLedger;

    @Inject
    private WarehouseLoads warehouseLoads;

    @Inject
    private JobMonitor jobMonitor;

    @Inject
    private NightlyLoad nightly;

    @Inject
    private NightlyClaims nightlyClaims;

    @Inject
    private EpisodeExtract episodeExtract;

    @Inject
    private ReoffendingDashboard dashboard;

    @Inject
    private ReoffendingExport reoffendingExport;

    @Inject
    private ReoffendingDashboardReport dashboardReport;

    @Inject
    private ServiceLevelDashboard serviceLevels;

    @Inject
    private ServiceLevelTargets serviceLevelTargets;

    @Inject
    private JusticeDataLabCohort justiceDataLab;

    @Inject
    private MentorPipelineDashboard mentorDashboard;

    @Inject
    private ServiceReferrals serviceReferrals;

    @Inject
    private Reminders reminders;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    private CasePlans plans;

    private TestAgency owner;
    private TestAgency other;
    private Map<Role, String> ownUsers;
    private Map<Role, String> otherUsers;
    private Participant secret;
    private Referral secretReferral;
    private CaseTransfer secretTransfer;
    private long secretConsentId;
    private Mentor secretMentor;
    private Match secretMatch;

    @BeforeEach
    void twoAgenciesAndAParticipant() {
        owner = TestData.newAgency(agencies, "ISO");
        other = TestData.newAgency(agencies, "ISO");
        ownUsers = usersOf(owner);
        otherUsers = usersOf(other);
        String suffix = owner.code().toLowerCase();
        accounts.create("sysadmin." + suffix, "Sys", null, null, Set.of(Role.SYSTEM_ADMIN), TestData.PASSWORD, false);
        accounts.create("commissioner." + suffix, "Com", null, null, Set.of(Role.COMMISSIONER), TestData.PASSWORD,
                false);
        secret = runAs(owner.as(Role.COORDINATOR),
                () -> registry.register(TestData.participant("ISO-SECRET-1", "Zebedee", "Quarrington")));
        secretReferral = runAs(owner.as(Role.COORDINATOR), () -> referrals.receive(new ReferralDetails(
                ReferralSource.SELF, "Zebedee Quarrington", LocalDate.now(), "NORTH", "ISO-SECRET-1", "Zebedee",
                "Quarrington", LocalDate.of(1980, 1, 1), Gender.M, "HMP Northgate", LocalDate.now().plusDays(30))));
        // a transfer to a third agency: neither the other agency nor anyone else may touch it
        TestAgency third = TestData.newAgency(agencies, "ISO");
        secretConsentId = runAs(owner.as(Role.COORDINATOR), () -> consents.giveOnCase(secret.getId(),
                ConsentScope.SHARING, third.code(), LocalDate.now())).getId();
        secretTransfer = runAs(owner.as(Role.COORDINATOR), () -> transfers.propose(secret.getId(), secret.getVersion(),
                third.code(), "Zebedee Quarrington moves away"));
        secretMentor = runAs(owner.as(Role.COORDINATOR), () -> mentors.register(new MentorDetails("NORTH", "Zebedee",
                "Quarrington", null, null, Gender.M, MentorType.PAID, null, null, false, 1, Set.of(), null, null)));
        // the mentor vetted, active and matched with the participant
        long caseWorker = accounts.find(ownUsers.get(Role.CASE_WORKER)).orElseThrow().getId();
        secretMatch = runAs(owner.as(Role.COORDINATOR), () -> {
            mentors.checkTypes().forEach(t -> mentors.recordCheck(secretMentor.getId(), t.getId(),
                    LocalDate.now().minusDays(1), null));
            Mentor training = mentors.moveTo(secretMentor.getId(), secretMentor.getVersion(),
                    MentorStatus.IN_TRAINING, null);
            mentors.moveTo(secretMentor.getId(), training.getVersion(), MentorStatus.ACTIVE, null);
            consents.giveOnCase(secret.getId(), ConsentScope.MENTORING, null, LocalDate.now());
            return matching.match(secret.getId(), secretMentor.getId(), caseWorker, null);
        });
        // proposing and matching moved the case's version on
        secret = runAs(owner.as(Role.COORDINATOR), () -> registry.participant(secret.getId()));
    }

    /**
     * A participant released in 2025 (on day {@code day} of it), with a justice id of their own; open
     * since, so kept out of the years before 2020 whose months other tests keep to themselves.
     */
    private static ParticipantDetails released(String ref, String familyName, int day) {
        LocalDate release = LocalDate.of(2025, 1, 1).plusDays(day);
        return new ParticipantDetails(ref, "J" + ref + "-" + System.nanoTime(), "Jo", familyName,
                LocalDate.of(1980, 2, 3), Gender.F, null, "NORTH", "HMP Northgate", "REINT", release.minusDays(30),
                release, release, Set.of(), null, null);
    }

    private Map<Role, String> usersOf(TestAgency agency) {
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role.isAgencyScoped()) {
                users.put(role, agency.user(accounts, agencies, role));
            }
        }
        return users;
    }

    @Test
    void everyPageLetsInOnlyItsRolesAndShowsOnlyTheOwnAgencysRecords() throws Exception {
        String suffix = owner.code().toLowerCase();
        // the owner's directory entry, which no other agency's page may show
        String ownPartner = "Directory entry of " + owner.code();
        runAs(owner.as(Role.COORDINATOR), () -> directory.add(new PartnerDetails("NORTH", ownPartner,
                ServiceKind.HOUSING, null, null, null, null)));
        // a note the search page finds for those who may read the case, and for no one else
        runAs(owner.as(Role.COORDINATOR), () -> notes.write(secret.getId(), "Met Zebedee Quarrington at the gate",
                null, Sensitivity.NORMAL));
        // released in 2025: the cases behind an agency's own dashboard line list it, for its case editors only
        runAs(owner.as(Role.COORDINATOR), () -> registry.register(released("ISO-PAGE-Q", "Quarrington", 5)));
        Map<String, Role> callers = new LinkedHashMap<>();
        ownUsers.forEach((role, user) -> callers.put(user, role));
        otherUsers.forEach((role, user) -> callers.put(user, role));
        callers.put("sysadmin." + suffix, Role.SYSTEM_ADMIN);
        callers.put("commissioner." + suffix, Role.COMMISSIONER);
        for (Map.Entry<String, Role> caller : callers.entrySet()) {
            boolean ownAgency = ownUsers.containsValue(caller.getKey());
            ScreenSession browser = new ScreenSession();
            assertThat(browser.signIn(caller.getKey(), TestData.PASSWORD).statusCode()).as(caller.getKey())
                    .isEqualTo(302);
            for (Page page : PAGES) {
                String path = page.path().formatted(secret.getId(), secretReferral.getId(), secretMentor.getId());
                HttpResponse<String> response = browser.get(path);
                String what = caller.getKey() + " " + path;
                if (page.allowed().contains(caller.getValue())) {
                    assertThat(response.statusCode()).as(what).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                }
                boolean mayReadCase = ownAgency && CASE_EDITORS.contains(caller.getValue());
                // an agency administrator restricting a record sees its reference, never the person
                boolean maySeeReference = mayReadCase || (ownAgency && path.startsWith("/restriction")
                        && page.allowed().contains(caller.getValue()));
                if (!mayReadCase) {
                    assertThat(response.body()).as(what).doesNotContain("Quarrington").doesNotContain("Zebedee");
                }
                if (!maySeeReference) {
                    assertThat(response.body()).as(what).doesNotContain("ISO-SECRET-1");
                }
                if (!ownAgency) {
                    assertThat(response.body()).as(what).doesNotContain(ownPartner);
                }
            }
        }
    }

    @Test
    void everyApiEndpointLetsInOnlyItsRolesAndLeaksNothing() throws Exception {
        String suffix = owner.code().toLowerCase();
        String body = """
                {"externalRef":"ISO-NEW","justiceId":"A1234BC","givenName":"Amy","familyName":"Abbott",
                 "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Northgate","program":"REINT",
                 "referralDate":"2026-01-10","expectedReleaseDate":"2026-03-01"}""";
        String one = "/participants/" + secret.getId();
        // a feed import of its own, so that the job list has one whatever ran before
        byte[] emptyFeed = "event_id,justice_id,event_type,extract_date\r\n".getBytes(StandardCharsets.UTF_8);
        runAs(new Caller(-9L, "global-sysadmin", null, null, Set.of(Role.SYSTEM_ADMIN)),
                () -> feeds.receive("iso-api-feed.csv", emptyFeed));
        runAs(owner.as(Role.COORDINATOR), () -> notes.write(secret.getId(), "Met Zebedee Quarrington at the gate",
                null, Sensitivity.NORMAL));
        // the Justice Data Lab's file: the other agency has the 60 released people it needs, the owner one
        // (Quarrington, released in the same dates), who must never be in the other agency's file
        runAs(owner.as(Role.COORDINATOR), () -> registry.register(released("ISO-JDL-Q", "Quarrington", 0)));
        for (int n = 1; n <= JusticeDataLabCohort.MINIMUM; n++) {
            int day = n;
            runAs(other.as(Role.COORDINATOR), () -> registry.register(released("ISO-JDL-" + day, "Cohort", day)));
        }
        // the owner's coordinator has the participant list made in the background: nobody else finds it
        String exporterName = "exporter." + owner.code().toLowerCase();
        accounts.create(exporterName, "Exporter", null, agencies.agency(owner.code()), Set.of(Role.COORDINATOR),
                TestData.PASSWORD, false);
        Caller exporter = new Caller(accounts.find(exporterName).orElseThrow().getId(), exporterName, owner.id(),
                owner.code(), Set.of(Role.COORDINATOR));
        long secretExport = runAs(exporter, () -> exportFiles.request("PARTICIPANT_LIST", "XLSX",
                Map.of()));
        // and imported a file whose one row is refused: its summary and rejects are the owner's importers' only
        long secretImport = runAs(owner.as(Role.COORDINATOR), () -> imports.start("iso-secret.csv", (String.join(",",
                "external_ref", "justice_id", "given_name", "family_name", "date_of_birth", "gender", "region",
                "prison", "program", "referral_date", "expected_release_date") + "\r\nISO-SECRET-IMPORT,A1,Zebedee,"
                + "Quarrington,not a date,M,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 120 && !runAs(owner.as(Role.COORDINATOR), () -> imports.summary(secretImport)).isFinished(); i++) {
            Thread.sleep(250);
        }
        assertThat(runAs(owner.as(Role.COORDINATOR), () -> imports.summary(secretImport)).rejected()).isEqualTo(1);
        for (int i = 0; i < 120 && !runAs(exporter, () -> exportLedger.summary(secretExport)).ready(); i++) {
            Thread.sleep(250);
        }
        assertThat(runAs(exporter, () -> exportLedger.summary(secretExport)).ready()).isTrue();
        for (Role role : Role.values()) {
            List<String> users = role.isAgencyScoped() ? List.of(ownUsers.get(role), otherUsers.get(role))
                    : List.of((role == Role.SYSTEM_ADMIN ? "sysadmin." : "commissioner.") + suffix);
            for (String user : users) {
                boolean own = ownUsers.containsValue(user);
                boolean staff = CASE_STAFF.contains(role);
                boolean editor = CASE_EDITORS.contains(role);
                HttpResponse<String> list = api(user, "GET", "/participants", null);
                HttpResponse<String> get = api(user, "GET", one, null);
                HttpResponse<String> put = api(user, "PUT", one, body.replace("ISO-NEW", "ISO-SECRET-1")
                        .replace("Amy", "Zebedee").replace("Abbott", "Quarrington")
                        .replace("HMP Northgate", "HMP " + role).replace("{", "{\"version\":" + secret.getVersion() + ","));
                HttpResponse<String> post = api(user, "POST", "/participants",
                        body.replace("ISO-NEW", "ISO-NEW-" + role + "-" + own));
                // the versioned API answers as the unversioned one: the same resource under /api/v1
                HttpResponse<String> getV1 = api(user, "GET", "/v1" + one, null);
                assertThat(getV1.statusCode()).as(user + " v1 get").isEqualTo(get.statusCode());
                HttpResponse<String> listV1 = api(user, "GET", "/v1/participants", null);
                assertThat(listV1.statusCode()).as(user + " v1 list").isEqualTo(list.statusCode());
                HttpResponse<String> putV1 = Api.send(user, "PUT", Api.ROOT + "/v1" + one, body.replace("Amy",
                        "Zelda"), Map.of("If-Match", "\"" + secret.getVersion() + "\""));
                assertThat(putV1.statusCode()).as(user + " v1 put").isEqualTo(own && editor ? 412 : editor ? 404 : 403);
                // a prison system's release-date update: as the case's change, an old ETag moves nothing
                HttpResponse<String> releaseV1 = Api.send(user, "PUT", Api.ROOT + "/v1" + one + "/release-date",
                        "{\"expectedReleaseDate\":\"2026-06-01\"}", Map.of("If-Match", "\"" + secret.getVersion() + "\""));
                assertThat(releaseV1.statusCode()).as(user + " v1 release date")
                        .isEqualTo(own && editor ? 412 : editor ? 404 : 403);
                // the case's engagements: its own agency's case editors (a mentor only for a mentee of theirs);
                // a day before the referral is refused, so nothing is logged on the secret case
                HttpResponse<String> engagementsV1 = api(user, "GET", "/v1" + one + "/engagements", null);
                assertThat(engagementsV1.statusCode()).as(user + " v1 engagements")
                        .isEqualTo(own && editor ? 200 : staff ? 404 : 403);
                HttpResponse<String> loggedV1 = api(user, "POST", "/v1" + one + "/engagements", "{\"kind\":"
                        + "\"PHONE_CALL\",\"happenedOn\":\"2001-01-01\",\"attendance\":\"ATTENDED\"}");
                assertThat(loggedV1.statusCode()).as(user + " v1 log an engagement")
                        .isEqualTo(own && editor ? 422 : staff ? 404 : 403);
                // a kind only its own record makes: refused to staff whatever the case, but a role that may not
                // log at all hears only that (the role is checked before what was sent)
                HttpResponse<String> planV1 = api(user, "POST", "/v1" + one + "/engagements", "{\"kind\":"
                        + "\"CASE_PLAN_AGREED\",\"happenedOn\":\"2001-01-01\",\"attendance\":\"ATTENDED\"}");
                assertThat(planV1.statusCode()).as(user + " v1 log a case plan as an engagement")
                        .isEqualTo(staff ? 422 : 403);
                // and its appointments, alike (a booking before the referral is refused)
                HttpResponse<String> appointmentsV1 = api(user, "GET", "/v1" + one + "/appointments", null);
                assertThat(appointmentsV1.statusCode()).as(user + " v1 appointments")
                        .isEqualTo(own && editor ? 200 : staff ? 404 : 403);
                HttpResponse<String> bookedV1 = api(user, "POST", "/v1" + one + "/appointments", "{\"kind\":"
                        + "\"HOUSING\",\"on\":\"2001-01-01\",\"at\":\"10:00:00\",\"place\":\"Office\"}");
                assertThat(bookedV1.statusCode()).as(user + " v1 book an appointment")
                        .isEqualTo(own && editor ? 422 : staff ? 404 : 403);
                // referrals: an agency's coordinators send and read their own agency's (an empty one is refused)
                HttpResponse<String> referralsV1 = api(user, "GET", "/v1/referrals", null);
                assertThat(referralsV1.statusCode()).as(user + " v1 referrals")
                        .isEqualTo(role == Role.COORDINATOR ? 200 : 403);
                HttpResponse<String> referredV1 = api(user, "POST", "/v1/referrals", "{}");
                assertThat(referredV1.statusCode()).as(user + " v1 send a referral")
                        .isEqualTo(role == Role.COORDINATOR ? 422 : 403);
                for (HttpResponse<String> v1 : List.of(getV1, listV1, putV1, releaseV1, engagementsV1, loggedV1, planV1,
                        appointmentsV1, bookedV1, referralsV1, referredV1)) {
                    if (v1.statusCode() >= 400) {
                        assertThat(v1.body()).as(user + " v1").doesNotContain("Quarrington").doesNotContain("ISO-SECRET-1");
                    }
                }

                HttpResponse<String> index = api(user, "GET", "/search/index", null);
                HttpResponse<String> rebuild = api(user, "POST", "/search/index/rebuild?notesPerChunk=1", null);
                boolean sysadmin = role == Role.SYSTEM_ADMIN;
                assertThat(index.statusCode()).as(user + " index").isEqualTo(sysadmin ? 200 : 403);
                assertThat(index.body()).as(user + " index").doesNotContain("Quarrington");
                assertThat(rebuild.statusCode()).as(user + " rebuild").isEqualTo(sysadmin ? 422 : 403);
                if (sysadmin) {
                    assertThat(index.body()).contains("\"rebuildNeeded\"").contains("\"inDatabase\"");
                }
                // the job monitor's API: the platform team's; a wrong page size or run id is refused as bad input
                HttpResponse<String> jobs = api(user, "GET", "/jobs", null);
                assertThat(jobs.statusCode()).as(user + " jobs").isEqualTo(sysadmin ? 200 : 403);
                assertThat(jobs.body()).as(user + " jobs").doesNotContain("Quarrington");
                if (sysadmin) {
                    assertThat(jobs.body()).contains("\"job\":\"reoffending-feed-import\"");
                }
                // the reoffending dashboard's API: commissioners and an agency's readers, never another agency's
                boolean reader = Set.of(Role.COMMISSIONER, Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER)
                        .contains(role);
                HttpResponse<String> figures = api(user, "GET", "/dashboards/reoffending?breakdown=AGENCY&agency="
                        + owner.code(), null);
                assertThat(figures.statusCode()).as(user + " figures")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                assertThat(figures.body()).as(user + " figures").doesNotContain("Quarrington");
                HttpResponse<String> measures = Api.get(user, Api.ROOT + "/dashboards/reoffending/measures.csv",
                        "text/csv");
                assertThat(measures.statusCode()).as(user + " measures").isEqualTo(reader ? 200 : 403);
                assertThat(measures.body()).as(user + " measures").doesNotContain("Quarrington");
                HttpResponse<String> levels = api(user, "GET", "/dashboards/service-levels?agency=" + owner.code(),
                        null);
                assertThat(levels.statusCode()).as(user + " service levels")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                for (String mentoring : List.of("pipeline", "activity")) {
                    assertThat(api(user, "GET", "/dashboards/mentors/" + mentoring + "?agency=" + owner.code(), null)
                            .statusCode()).as(user + " " + mentoring)
                            .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                }
                // an agency admin sets the own agency's target (of whichever agency), a commissioner everyone's
                assertThat(api(user, "PUT", "/dashboards/service-levels/targets/IN_ETE",
                        "{\"greenFrom\": \"50\", \"amberFrom\": \"30\"}").statusCode()).as(user + " set target")
                        .isEqualTo(role == Role.COMMISSIONER || role == Role.AGENCY_ADMIN ? 200 : 403);
                HttpResponse<String> cohortFile = Api.get(user, Api.ROOT + "/evaluation/justice-data-lab.csv?"
                        + "releasedFrom=2000-01-01&releasedTo=2030-12-31", "text/csv");
                assertThat(cohortFile.statusCode()).as(user + " cohort file")
                        .isEqualTo(role == Role.AGENCY_ADMIN ? own ? 422 : 200 : 403);
                assertThat(cohortFile.body()).as(user + " cohort file").doesNotContain("Quarrington");
                if (role == Role.AGENCY_ADMIN && !own) {
                    assertThat(cohortFile.body().split("\r\n")).as("the other agency's own 60, no one else")
                            .hasSize(1 + JusticeDataLabCohort.MINIMUM).allMatch(l -> !l.startsWith("Quarrington"));
                }
                // subject access and the retention rule: the agency's administrator, for the own agency only
                HttpResponse<String> subject = api(user, "GET", one + "/subject-access", null);
                assertThat(subject.statusCode()).as(user + " subject access")
                        .isEqualTo(role == Role.AGENCY_ADMIN ? own ? 200 : 404 : 403);
                if (role == Role.AGENCY_ADMIN && own) {
                    assertThat(subject.body()).contains("\"participant\":[{\"id\":" + secret.getId() + ",");
                } else {
                    assertThat(subject.body()).as(user + " subject access").doesNotContain("Quarrington")
                            .doesNotContain("ISO-SECRET-1");
                }
                assertThat(api(user, "GET", "/retention", null).statusCode()).as(user + " retention")
                        .isEqualTo(role == Role.AGENCY_ADMIN ? 200 : 403);
                assertThat(api(user, "PUT", "/retention", "{\"months\": 84}").statusCode()).as(user + " retention rule")
                        .isEqualTo(role == Role.AGENCY_ADMIN ? 200 : 403);
                // background exports: the readers may ask for one; another person's is found by nobody
                assertThat(api(user, "POST", "/exports", "{\"kind\": \"REOFFENDING_MEASURES\", \"format\": \"CSV\"}")
                        .statusCode()).as(user + " ask for an export").isEqualTo(reader ? 202 : 403);
                for (String export : List.of("/exports/" + secretExport, "/exports/" + secretExport + "/file")) {
                    HttpResponse<String> theirs = Api.get(user, Api.ROOT + export, "*/*");
                    assertThat(theirs.statusCode()).as(user + " " + export).isIn(403, 404);
                    assertThat(theirs.body()).as(user + " " + export).doesNotContain("Quarrington");
                }
                assertThat(api(user, "GET", "/exports", null).body()).as(user + " exports")
                        .doesNotContain("\"id\":" + secretExport + ",");
                // participant files sent over the API: an agency's importers, each of their own agency's runs only
                boolean importer = role == Role.AGENCY_ADMIN || role == Role.COORDINATOR;
                assertThat(Api.send(user, "POST", Api.ROOT + "/v1/participant-imports?fileName=iso.csv",
                        "external_ref\r\n", Map.of("Content-Type", "text/csv")).statusCode())
                        .as(user + " send a participant file").isEqualTo(importer ? 202 : 403);
                for (String run : List.of("/v1/participant-imports/" + secretImport,
                        "/v1/participant-imports/" + secretImport + "/rejects.csv")) {
                    HttpResponse<String> theirs = Api.get(user, Api.ROOT + run, "*/*");
                    assertThat(theirs.statusCode()).as(user + " " + run).isEqualTo(importer ? own ? 200 : 404 : 403);
                    if (!(importer && own)) {
                        assertThat(theirs.body()).as(user + " " + run).doesNotContain("Quarrington")
                                .doesNotContain("ISO-SECRET-IMPORT").doesNotContain("iso-secret.csv");
                    }
                }
                HttpResponse<String> runs = api(user, "GET", "/v1/participant-imports", null);
                assertThat(runs.statusCode()).as(user + " participant imports").isEqualTo(importer ? 200 : 403);
                assertThat(runs.body().contains("\"runId\":" + secretImport + ","))
                        .as(user + " participant imports list the owner's run").isEqualTo(importer && own);
                HttpResponse<String> mentorsPrinted = Api.get(user, Api.ROOT + "/dashboards/mentors/report.csv?agency="
                        + owner.code(), "text/csv");
                assertThat(mentorsPrinted.statusCode()).as(user + " mentor report")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                assertThat(mentorsPrinted.body()).as(user + " mentor report").doesNotContain("Quarrington");
                HttpResponse<String> levelsPrinted = Api.get(user, Api.ROOT + "/dashboards/service-levels/report.csv?"
                        + "agency=" + owner.code(), "text/csv");
                assertThat(levelsPrinted.statusCode()).as(user + " service-level report")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                HttpResponse<String> printed = Api.get(user, Api.ROOT + "/dashboards/reoffending/report.csv?agency="
                        + owner.code(), "text/csv");
                assertThat(printed.statusCode()).as(user + " report")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 200 : 403);
                assertThat(printed.body()).as(user + " report").doesNotContain("Quarrington");
                // a wrong parameter is told only to whom may print: everyone else hears no more than 403
                assertThat(Api.get(user, Api.ROOT + "/dashboards/reoffending/report.csv?agency=" + owner.code()
                        + "&baseline=lots", "*/*").statusCode()).as(user + " report, wrong baseline")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 422 : 403);
                assertThat(Api.get(user, Api.ROOT + "/dashboards/mentors/report.csv?agency=" + owner.code()
                        + "&breakdown=SHOE_SIZE", "*/*").statusCode()).as(user + " mentor report, wrong breakdown")
                        .isEqualTo(reader && (own || role == Role.COMMISSIONER) ? 422 : 403);
                for (String[] call : new String[][] {{"GET", "/jobs/0/steps"}, {"POST", "/jobs/0/stop"},
                        {"POST", "/jobs/0/restart"}, {"POST", "/jobs/warehouse-load?casesPerPage=0"}}) {
                    assertThat(api(user, call[0], call[1], null).statusCode()).as(user + " " + call[1])
                            .isEqualTo(sysadmin ? 422 : 403);
                }
                HttpResponse<String> found = api(user, "GET", "/search?q=Quarrington", null);
                assertThat(found.statusCode()).as(user + " search").isEqualTo(staff ? 200 : 403);
                if (own && editor) {
                    assertThat(found.body()).as(user + " search").contains("Quarrington").contains("<mark>");
                } else {
                    assertThat(found.body()).as(user + " search").doesNotContain("Quarrington")
                            .doesNotContain(String.valueOf(secret.getId()));
                }
                assertThat(list.statusCode()).as(user + " list").isEqualTo(staff ? 200 : 403);
                if (staff && !(own && editor)) {
                    // another agency's staff, or a mentor who is not the person's mentor
                    assertThat(list.body()).as(user + " list").doesNotContain("ISO-SECRET-1")
                            .doesNotContain("Quarrington");
                }
                assertThat(get.statusCode()).as(user + " get").isEqualTo(own && editor ? 200 : staff ? 404 : 403);
                assertThat(put.statusCode()).as(user + " put").isEqualTo(own && editor ? 200 : editor ? 404 : 403);
                assertThat(post.statusCode()).as(user + " post").isEqualTo(editor ? 201 : 403);
                for (HttpResponse<String> refused : List.of(list, get, put, post)) {
                    if (refused.statusCode() >= 400) {
                        assertThat(refused.body()).as(user).doesNotContain("Quarrington")
                                .doesNotContain("ISO-SECRET-1").doesNotContain(secret.getId() + ",")
                                .doesNotContain("Exception");
                    }
                }
                if (own && editor) {
                    secret = runAs(owner.as(Role.COORDINATOR), () -> registry.participant(secret.getId()));
                }
            }
        }
        // the operations endpoints and the API's description need no sign-in: after every search and
        // record above, they still name no person, no record and no agency
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : List.of("/health/live", "/health/ready", "/metrics", "/openapi.yaml")) {
            HttpResponse<String> open = anonymous.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:8080/gatehouse" + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(open.statusCode()).as(path).isIn(200, 503);
            assertThat(open.body()).as(path).doesNotContain("Quarrington").doesNotContain("ISO-SECRET-1")
                    .doesNotContain(owner.code()).doesNotContain(other.code())
                    .doesNotContain("/participants/" + secret.getId()).doesNotContain("\"id\":" + secret.getId())
                    .doesNotContain("id=\"" + secret.getId() + "\"");
        }
    }

    /** One service method, the roles of the owning agency it serves, and how to call it. */
    private record Call(String name, Set<Role> allowed, Supplier<Object> call) {
    }

    @Test
    void everyServiceMethodServesOnlyItsRolesOfTheOwningAgency() {
        long id = secret.getId();
        byte[] csv = ("external_ref,justice_id,given_name,family_name,date_of_birth,gender,region,prison,program,"
                + "referral_date,expected_release_date\r\n").getBytes(StandardCharsets.UTF_8);
        long run = runAs(owner.as(Role.COORDINATOR), () -> imports.start("iso.csv", csv));
        ParticipantDetails details = secret.details();
        long referralId = secretReferral.getId();
        long transferId = secretTransfer.getId();
        long programId = secret.getProgram().getId();
        long mentorId = secretMentor.getId();
        Set<Role> mentorReaders = Set.of(Role.COORDINATOR, Role.CASE_WORKER);
        long sessionId = runAs(owner.as(Role.COORDINATOR), () -> training.schedule(SessionKind.SUPERVISION, null,
                LocalDate.now(), null)).getId();
        Set<Role> coordinators = Set.of(Role.COORDINATOR);
        Set<Role> admins = Set.of(Role.AGENCY_ADMIN);
        long matchId = secretMatch.getId();
        long caseWorker = secretMatch.getCaseWorker().getId();
        long proposalId = runAs(owner.as(Role.COORDINATOR), () -> pool.propose()).getId();
        long engagementId = runAs(owner.as(Role.COORDINATOR), () -> engagements.record(id, ActivityKind.PHONE_CALL,
                LocalDate.now())).getId();
        long noteId = runAs(owner.as(Role.COORDINATOR), () -> notes.write(id, "Zebedee Quarrington at the gate",
                null, Sensitivity.NORMAL)).getId();
        GoalDetails goal = new GoalDetails(Pathway.HEALTH, "Register with a GP", GoalOwner.PARTICIPANT, null, null);
        long goalId = runAs(owner.as(Role.COORDINATOR), () -> plans.addGoal(id, goal)).getId();
        LocalDate soon = LocalDate.now().plusDays(5);
        AppointmentDetails visit = new AppointmentDetails(AppointmentKind.HOUSING, soon, LocalTime.NOON, 30,
                "Zebedee Quarrington's flat", null, true);
        long appointmentId = runAs(owner.as(Role.COORDINATOR), () -> appointments.book(id, visit)).getId();
        PartnerDetails partner = new PartnerDetails("NORTH", "Isolation Housing", ServiceKind.HOUSING, null, null, null,
                null);
        long partnerId = runAs(owner.as(Role.COORDINATOR), () -> directory.add(partner)).getId();
        long serviceReferralId = runAs(owner.as(Role.COORDINATOR), () -> {
            consents.giveOnCase(id, ConsentScope.SHARING, "Isolation Housing", LocalDate.now());
            return serviceReferrals.refer(id, partnerId, "Zebedee Quarrington needs a bed", LocalDate.now()).getId();
        });
        // the secret mentor's reminder of the appointment above, made by the owner's system run
        Caller ownerSystem = Caller.systemFor(owner.id(), owner.code());
        long reminderId = runAs(ownerSystem, () -> reminders.createDue(soon.minusDays(1).atTime(18, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant())).created().get(0);
        // a case released ten days ago has its release checkpoint open: recorded here, then corrected below
        CheckpointAnswers answers = new CheckpointAnswers(Accommodation.SETTLED, Occupation.SEEKING,
                Treatment.NOT_NEEDED, Answer.YES, Answer.YES, Answer.YES, Answer.YES);
        long released = runAs(owner.as(Role.COORDINATOR), () -> registry.register(new ParticipantDetails("ISO-REL-1",
                "A1234BC", "Zebedee", "Quarrington", LocalDate.of(1980, 1, 1), Gender.M, null, "NORTH",
                "HMP Northgate", "REINT", LocalDate.now().minusDays(70), LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(10), Set.of(), null, null))).getId();
        long checkpointId = runAs(owner.as(Role.COORDINATOR), () -> checkpoints.record(released, answers)).getId();
        Set<Role> directoryReaders = Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR);
        // the government-wide reoffending feed: the platform team's, no agency's
        Set<Role> platformTeam = Set.of(Role.SYSTEM_ADMIN);
        byte[] feed = "event_id,justice_id,event_type,extract_date\r\n".getBytes(StandardCharsets.UTF_8);
        long feedRun = runAs(new Caller(-9L, "global-sysadmin", null, null, platformTeam),
                () -> feeds.receive("iso-feed.csv", feed));
        LocalDate claimedNight = LocalDate.of(1960, 1, 1).plusDays(System.nanoTime() % 3000);
        runAs(new Caller(-9L, "global-sysadmin", null, null, platformTeam),
                () -> nightlyClaims.claim(claimedNight, "another-node"));
        long feedExecution = runAs(new Caller(-9L, "global-sysadmin", null, null, platformTeam),
                () -> jobMonitor.recentRuns()).get(0).executionId();
        List<Call> calls = List.of(
                new Call("registry.list", CASE_STAFF, () -> registry.list(ParticipantFilter.none(),
                        ParticipantSort.FAMILY_NAME, true, 0, 10)),
                new Call("registry.count", CASE_STAFF, () -> registry.count(ParticipantFilter.none())),
                new Call("registry.participant", CASE_EDITORS, () -> registry.participant(id)),
                new Call("registry.register", CASE_EDITORS, () -> registry.register(TestData.participant(
                        "ISO-" + System.nanoTime(), "New", "Person"))),
                new Call("registry.revise", CASE_EDITORS, () -> registry.revise(id,
                        registry.participant(id).getVersion(), details)),
                new Call("registry.possibleDuplicates", CASE_EDITORS, () -> registry.possibleDuplicates(details)),
                new Call("registry.restriction", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> registry.restriction(id)),
                new Call("registry.restrict", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> { registry.restrict(id, Set.of(), Set.of()); return null; }),
                new Call("imports.start", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> imports.start("iso.csv", csv)),
                new Call("imports.summary", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR), () -> imports.summary(run)),
                new Call("imports.rejectsCsv", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> imports.rejectsCsv(run)),
                new Call("imports.recent", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR), () -> imports.recent()),
                new Call("report.render", CASE_EDITORS, () -> report.render(ReportFormat.PDF)),
                new Call("users.users", Set.of(Role.AGENCY_ADMIN), () -> administration.users()),
                new Call("users.colleagues", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> administration.colleagues()),
                new Call("users.invite", Set.of(Role.AGENCY_ADMIN), () -> administration.invite(
                        "inv" + System.nanoTime() + "." + owner.code().toLowerCase(), "Invitee", null,
                        Set.of(Role.MENTOR))),
                new Call("users.resetPassword", Set.of(Role.AGENCY_ADMIN), () -> administration.resetPassword(
                        accounts.find(ownUsers.get(Role.MENTOR)).orElseThrow().getId())),
                new Call("users.assignRegion", Set.of(Role.AGENCY_ADMIN), () -> {
                    administration.assignRegion(accounts.find(ownUsers.get(Role.COORDINATOR)).orElseThrow().getId(),
                            "NORTH");
                    return null;
                }),
                new Call("users.changeRolesAndRegion", Set.of(Role.AGENCY_ADMIN), () -> {
                    administration.changeRolesAndRegion(accounts.find(ownUsers.get(Role.COORDINATOR)).orElseThrow()
                            .getId(), Set.of(Role.COORDINATOR), "WEST");
                    return null;
                }),
                new Call("audit.trail", Set.of(Role.AGENCY_ADMIN),
                        () -> audit.trail(null, null, null, null, null, null, 0, 10)),
                new Call("subjectAccess.export", admins, () -> subjectAccess.export(id)),
                new Call("subjectAccess.exportByReference", admins,
                        () -> subjectAccess.exportByReference("ISO-SECRET-1")),
                new Call("retention.summary", admins, () -> retention.summary()),
                new Call("retention.keepClosedCasesFor", admins, () -> {
                    retention.keepClosedCasesFor(84);
                    return null;
                }),
                // the nightly sweep's, as each agency's system: no person may
                new Call("retention.due", Set.of(), () -> retention.due()),
                new Call("retention.deIdentify", Set.of(), () -> retention.deIdentify(id)),
                new Call("agencies.list", Set.of(Role.SYSTEM_ADMIN), () -> administration.agencies()),
                new Call("registry.openCases", CASE_STAFF, () -> registry.openCases()),
                // a wrong version or missing input: allowed callers reach the record and are refused by its rules
                new Call("registry.exit", CASE_EDITORS, () -> registry.exit(id, -1, null, null)),
                new Call("registry.returnToCustody", CASE_EDITORS,
                        () -> registry.returnToCustody(id, -1, null, null, null)),
                new Call("referrals.receive", coordinators, () -> referrals.receive(new ReferralDetails(
                        ReferralSource.PRISON, "unit", LocalDate.now(), "NORTH", null, "New", "Person",
                        LocalDate.of(1990, 1, 1), Gender.F, "HMP Northgate", LocalDate.now().plusDays(20)))),
                new Call("referrals.referrals", coordinators, () -> referrals.referrals(null)),
                new Call("referrals.awaitingIntake", coordinators, () -> referrals.awaitingIntake()),
                new Call("referrals.referral", coordinators, () -> referrals.referral(referralId)),
                new Call("referrals.possibleDuplicates", coordinators, () -> referrals.possibleDuplicates(referralId)),
                new Call("referrals.intake", coordinators, () -> referrals.intake(referralId, -1, "NORTH", Set.of())),
                new Call("referrals.accept", coordinators,
                        () -> referrals.accept(referralId, -1, "REINT", null, null)),
                new Call("referrals.decline", coordinators,
                        () -> referrals.decline(referralId, -1, DeclineReason.OTHER, "x")),
                new Call("referrals.referOnward", coordinators,
                        () -> referrals.referOnward(referralId, -1, null, "Partner", null)),
                new Call("consents.giveOnReferral", coordinators, () -> consents.giveOnReferral(referralId,
                        ConsentScope.MENTORING, null, LocalDate.now())),
                new Call("consents.ofReferral", coordinators, () -> consents.ofReferral(referralId)),
                new Call("consents.giveOnCase", CASE_EDITORS, () -> consents.giveOnCase(id, ConsentScope.MENTORING,
                        null, LocalDate.now())),
                new Call("consents.ofCase", CASE_EDITORS, () -> consents.ofCase(id)),
                new Call("consents.ofCases", CASE_EDITORS, () -> consents.ofCases(List.of(secret))),
                new Call("consents.withdraw", CASE_EDITORS, () -> consents.withdraw(secretConsentId, null)),
                new Call("engagements.record", CASE_EDITORS,
                        () -> engagements.record(id, ActivityKind.PHONE_CALL, LocalDate.now())),
                new Call("engagements.ofCase", CASE_EDITORS, () -> engagements.ofCase(id)),
                new Call("engagements.recordDetails", CASE_EDITORS, () -> engagements.record(id,
                        new EngagementDetails(ActivityKind.PHONE_CALL, LocalDate.now(), null, 5, Attendance.ATTENDED,
                                Punctuality.LATE, Set.of(Attendee.MENTOR)))),
                new Call("engagements.awaitingSignOff", CASE_EDITORS, () -> engagements.awaitingSignOff()),
                new Call("engagements.signOff", CASE_EDITORS, () -> engagements.signOff(engagementId, -1)),
                new Call("matching.supervisedCases", mentorReaders, () -> matching.supervisedCases()),
                // the owner's mentor account mentors no one here: like any other, it does not reach the case
                new Call("notes.write", CASE_EDITORS, () -> notes.write(id, "Note", Pathway.HEALTH,
                        Sensitivity.NORMAL)),
                new Call("notes.correct", CASE_EDITORS, () -> notes.correct(noteId, -1, "Corrected", null,
                        Sensitivity.NORMAL, "why")),
                new Call("notes.ofCase", CASE_EDITORS, () -> notes.ofCase(id)),
                new Call("notes.versions", CASE_EDITORS, () -> notes.versions(noteId)),
                new Call("notes.signOff", CASE_EDITORS, () -> notes.signOff(noteId, -1)),
                new Call("notes.withdraw", CASE_EDITORS, () -> notes.withdraw(noteId, -1, "wrong case")),
                new Call("notes.awaitingSignOff", CASE_EDITORS, () -> notes.awaitingSignOff()),
                // only the system refreshing the search index reads notes in bulk
                new Call("notes.searchableOf", Set.of(), () -> notes.searchableOf(id)),
                new Call("notes.searchableAfter", Set.of(), () -> notes.searchableAfter(0, 10)),
                new Call("notes.countCurrent", Set.of(), () -> notes.countCurrent()),
                new Call("appointments.book", CASE_EDITORS, () -> appointments.book(id, visit)),
                new Call("appointments.change", CASE_EDITORS, () -> appointments.change(appointmentId, -1, visit)),
                new Call("appointments.recordOutcome", CASE_EDITORS, () -> appointments.recordOutcome(appointmentId,
                        -1, Attendance.CANCELLED, null)),
                new Call("appointments.ofCase", CASE_EDITORS, () -> appointments.ofCase(id)),
                new Call("appointments.calendarOfCase", CASE_EDITORS, () -> appointments.calendarOfCase(id,
                        LocalDate.now(), soon)),
                new Call("appointments.calendarOfMentor", CASE_EDITORS, () -> appointments.calendarOfMentor(mentorId,
                        LocalDate.now(), soon)),
                new Call("appointments.myCalendar", Set.of(Role.MENTOR), () -> appointments.myCalendar(
                        LocalDate.now(), soon)),
                new Call("reminders.mine", Set.of(Role.MENTOR), () -> reminders.mine()),
                // no one but the reminded mentor (the owner's mentor user is not them) dismisses a
                // reminder, no one but the system sends them
                new Call("reminders.dismiss", Set.of(), () -> { reminders.dismiss(reminderId); return null; }),
                new Call("reminders.createDue", Set.of(), () -> reminders.createDue(java.time.Instant.now())),
                new Call("reminders.email", Set.of(), () -> reminders.email(reminderId, java.time.Instant.now())),
                new Call("reminderDispatcher.sendDue", Set.of(), () -> dispatcher.sendDue(java.time.Instant.now())),
                new Call("partners.services", directoryReaders, () -> directory.services()),
                new Call("partners.listed", directoryReaders, () -> directory.listed()),
                new Call("partners.service", directoryReaders, () -> directory.service(partnerId)),
                new Call("partners.add", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR), () -> directory.add(partner)),
                new Call("partners.revise", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> directory.revise(partnerId, -1, partner)),
                new Call("partners.list", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> directory.list(partnerId, -1, false)),
                new Call("serviceReferrals.refer", CASE_EDITORS, () -> serviceReferrals.refer(id, partnerId,
                        "A bed", LocalDate.now())),
                new Call("serviceReferrals.move", CASE_EDITORS, () -> serviceReferrals.move(serviceReferralId, -1,
                        ServiceReferralStatus.ACCEPTED, null, LocalDate.now())),
                new Call("serviceReferrals.ofCase", CASE_EDITORS, () -> serviceReferrals.ofCase(id)),
                // the secret case's note names Zebedee Quarrington: another agency finds nothing of it
                new Call("search.search", CASE_STAFF, () -> search.search(NoteQuery.of("Quarrington"))),
                new Call("search.restrictedFromCaller", CASE_STAFF, () -> registry.restrictedFromCaller()),
                // the node's index as a whole: system administrators only (a chunk of 1 is refused by its rule)
                new Call("searchIndex.check", Set.of(Role.SYSTEM_ADMIN), () -> indexHealth.check()),
                new Call("searchIndex.latest", Set.of(Role.SYSTEM_ADMIN), () -> rebuilds.latest()),
                new Call("searchIndex.start", Set.of(Role.SYSTEM_ADMIN), () -> rebuilds.start("1")),
                new Call("searchIndex.stop", Set.of(Role.SYSTEM_ADMIN), () -> rebuilds.stop()),
                new Call("feeds.receive", platformTeam, () -> feeds.receive("iso-feed.csv", feed)),
                new Call("feeds.collect", platformTeam, () -> feeds.collect()),
                new Call("feeds.summary", platformTeam, () -> feeds.summary(feedRun)),
                new Call("feeds.recent", platformTeam, () -> feeds.recent()),
                new Call("feeds.rejectsCsv", platformTeam, () -> feeds.rejectsCsv(feedRun)),
                new Call("feeds.dropFolder", platformTeam, () -> feeds.dropFolder()),
                new Call("feedLedger.record", platformTeam, () -> feedLedger.record(feedRun, List.of())),
                new Call("feedLedger.content", platformTeam, () -> feedLedger.content(feedRun)),
                new Call("feedLedger.latestExtract", platformTeam, () -> feedLedger.latestExtract()),
                // the warehouse's loads: the platform team's; reading episodes for it: each agency's system only
                new Call("warehouseLoads.staging", platformTeam, () -> warehouseLoads.staging()),
                new Call("warehouseLoads.lastPublished", platformTeam, () -> warehouseLoads.lastPublished()),
                // the batch jobs of every agency: the platform team's to watch, stop and restart
                new Call("jobMonitor.recentRuns", platformTeam, () -> jobMonitor.recentRuns()),
                new Call("jobMonitor.steps", platformTeam, () -> jobMonitor.steps(feedExecution)),
                new Call("jobMonitor.stop", platformTeam, () -> { jobMonitor.stop(-1); return null; }),
                new Call("jobMonitor.restart", platformTeam, () -> jobMonitor.restart(-1)),
                // a night claimed already: an allowed caller gets false and starts nothing
                new Call("nightly.run", platformTeam, () -> nightly.run(claimedNight)),
                new Call("nightly.at", platformTeam, () -> nightly.at()),
                new Call("nightlyClaims.claim", platformTeam, () -> nightlyClaims.claim(claimedNight, "iso")),
                new Call("nightlyClaims.night", platformTeam, () -> nightlyClaims.night(claimedNight)),
                new Call("nightlyClaims.loadStarted", platformTeam, () -> {
                    nightlyClaims.loadStarted(claimedNight.minusYears(1), -1);
                    return null;
                }),
                // the reoffending dashboard: commissioners (all agencies, suppressed) and an agency's own staff
                new Call("dashboard.figures", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> dashboard.figures(ReoffendingFilter.none(), Breakdown.AGENCY)),
                new Call("dashboard.figuresOfAnAgency", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> dashboard.figures(ReoffendingFilter.none().forAgency(owner.code()),
                        Breakdown.REGION)),
                new Call("reoffendingExport.csv", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> new String(reoffendingExport.csv(), StandardCharsets.UTF_8)),
                new Call("serviceLevels.figures", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> serviceLevels.figures(ServiceLevelFilter.none().forAgency(owner.code()),
                        "PROGRAM")),
                new Call("mentorDashboard.pipeline", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> mentorDashboard.pipeline(ServiceLevelFilter.none().forAgency(
                        owner.code()), "REGION")),
                new Call("mentorDashboard.activity", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> mentorDashboard.activity(ServiceLevelFilter.none().forAgency(
                        owner.code()), "PROGRAM")),
                new Call("serviceLevelTargets.inForce", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> serviceLevelTargets.inForce()),
                new Call("serviceLevelTargets.set", Set.of(Role.AGENCY_ADMIN, Role.COMMISSIONER),
                        () -> serviceLevelTargets.set("IN_ETE", "50", "30")),
                new Call("serviceLevelTargets.clear", Set.of(Role.AGENCY_ADMIN, Role.COMMISSIONER), () -> {
                    serviceLevelTargets.clear("PLANNED_EXITS");
                    return null;
                }),
                // personal data for an external evaluation: the agency's admin only (here fewer than 60: refused)
                new Call("justiceDataLab.csv", Set.of(Role.AGENCY_ADMIN), () -> justiceDataLab.csv("2000-01-01",
                        "2030-12-31", null)),
                new Call("dashboard.choices", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> dashboard.choices()),
                new Call("dashboardReport.pdf", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> dashboardReport.render(ReoffendingFilter.none().forAgency(owner.code()),
                        "PROGRAM", null, ReportFormat.PDF)),
                new Call("dashboardReport.csv", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER,
                        Role.COMMISSIONER), () -> dashboardReport.render(ReoffendingFilter.none(), "AGENCY", null,
                        ReportFormat.CSV)),
                new Call("episodeExtract.after", Set.of(), () -> episodeExtract.after(0, 10, new LoadRun(0, LoadRun.FULL,
                        LocalDate.now(), null, null, LoadRun.STAGING, null, null, 0, null, null))),
                // matching feed events to cases: each agency's system only, never a user
                new Call("registry.knownJusticeIds", Set.of(), () -> registry.knownJusticeIds(Set.of("A1234BC"))),
                new Call("plans.planOf", CASE_EDITORS, () -> plans.planOf(id)),
                new Call("plans.addGoal", CASE_EDITORS, () -> plans.addGoal(id, goal)),
                new Call("plans.reviseGoal", CASE_EDITORS, () -> plans.reviseGoal(goalId, -1, goal,
                        GoalStatus.ACHIEVED)),
                new Call("plans.addAction", CASE_EDITORS, () -> plans.addAction(goalId, -1, "Call the GP",
                        GoalOwner.MENTOR, null)),
                new Call("plans.completeAction", CASE_EDITORS, () -> plans.completeAction(goalId, -1, 0)),
                new Call("plans.approve", CASE_EDITORS, () -> plans.approve(id, -1)),
                new Call("plans.review", CASE_EDITORS, () -> plans.review(id, -1)),
                new Call("checkpoints.ofCase", CASE_EDITORS, () -> checkpoints.ofCase(id)),
                // its open checkpoint is recorded already: refused by the case's own rules
                new Call("checkpoints.record", CASE_EDITORS, () -> checkpoints.record(released, answers)),
                new Call("checkpoints.ofCaseReleased", CASE_EDITORS, () -> checkpoints.ofCase(released)),
                new Call("checkpoints.correct", CASE_EDITORS, () -> checkpoints.correct(checkpointId, -1, answers)),
                new Call("schedules.of", CASE_EDITORS, () -> schedules.of(id)),
                new Call("worklists.mine", ALL, () -> worklists.mine()),
                new Call("transfers.propose", coordinators, () -> transfers.propose(id, -1, null, "x")),
                new Call("transfers.incoming", coordinators, () -> transfers.incoming()),
                new Call("transfers.outgoing", coordinators, () -> transfers.outgoing()),
                new Call("transfers.ofCase", CASE_EDITORS, () -> transfers.ofCase(id)),
                new Call("transfers.transfer", coordinators, () -> transfers.transfer(transferId)),
                new Call("transfers.withdraw", coordinators, () -> transfers.withdraw(transferId, -1)),
                // only the receiving (third) agency may answer
                new Call("transfers.accept", Set.of(), () -> transfers.accept(transferId, -1, "NORTH", "REINT", null)),
                new Call("transfers.decline", Set.of(), () -> transfers.decline(transferId, -1, "x")),
                new Call("mentors.register", coordinators, () -> mentors.register(new MentorDetails("NORTH", "New",
                        "Mentor", null, null, Gender.F, MentorType.VOLUNTEER, null, null, false, 1, Set.of(), null,
                        null))),
                new Call("mentors.revise", coordinators, () -> mentors.revise(mentorId, -1,
                        secretMentor.details())),
                new Call("mentors.moveTo", coordinators,
                        () -> mentors.moveTo(mentorId, -1, MentorStatus.IN_TRAINING, null)),
                new Call("mentors.mentor", mentorReaders, () -> mentors.mentor(mentorId)),
                new Call("mentors.mentors", mentorReaders, () -> mentors.mentors(null)),
                new Call("mentors.checks", mentorReaders, () -> mentors.checks(mentorId)),
                new Call("mentors.vetting", mentorReaders, () -> mentors.vetting(mentorId)),
                new Call("mentors.recordCheck", coordinators, () -> mentors.recordCheck(mentorId, -1L,
                        LocalDate.now(), null)),
                new Call("mentors.needingVettingAttention", coordinators, () -> mentors.needingVettingAttention()),
                new Call("mentors.checkTypes", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER),
                        () -> mentors.checkTypes()),
                new Call("mentors.addCheckType", admins, () -> mentors.addCheckType(
                        "C" + (System.nanoTime() % 100000), "Check", false)),
                new Call("training.courses", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER),
                        () -> training.courses()),
                new Call("training.addCourse", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR),
                        () -> training.addCourse("K" + (System.nanoTime() % 100000), "Course", false)),
                new Call("training.schedule", coordinators, () -> training.schedule(SessionKind.DEBRIEF, null,
                        LocalDate.now(), null)),
                new Call("training.sessions", mentorReaders, () -> training.sessions()),
                new Call("training.session", mentorReaders, () -> training.session(sessionId)),
                new Call("training.recordAttendance", mentorReaders, () -> training.recordAttendance(sessionId,
                        Map.of(mentorId, true), Set.of())),
                new Call("training.trainingOf", mentorReaders, () -> training.trainingOf(mentorId)),
                new Call("mentors.linkAccount", coordinators, () -> mentors.linkAccount(mentorId, -1, null)),
                new Call("mentors.ownRecord", Set.of(Role.MENTOR), () -> mentors.ownRecord()),
                new Call("mentors.settings", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER),
                        () -> mentors.settings()),
                new Call("mentors.changeSettings", admins, () -> mentors.changeSettings(-1,
                        new int[] {1, 1, 1, 1, 1, 1, 1}, 1, 1, 1)),
                new Call("mentors.matchable", mentorReaders, () -> mentors.matchable()),
                new Call("training.trainingOfMany", mentorReaders, () -> training.trainingOf(List.of(secretMentor))),
                new Call("matching.needs", mentorReaders, () -> matching.needs(id)),
                new Call("matching.reviseNeeds", mentorReaders,
                        () -> matching.reviseNeeds(id, -1, true, "x".repeat(201), Set.of())),
                new Call("matching.conflicts", mentorReaders, () -> matching.conflicts(id)),
                new Call("matching.declareConflict", mentorReaders,
                        () -> matching.declareConflict(id, mentorId, null, null)),
                new Call("matching.rank", mentorReaders, () -> matching.rank(id)),
                new Call("matching.match", coordinators, () -> matching.match(id, mentorId, caseWorker, null)),
                new Call("matching.placeFromPool", coordinators,
                        () -> matching.placeFromPool(id, mentorId, caseWorker)),
                new Call("matching.noneFits", coordinators, () -> matching.noneFits(id, " ")),
                new Call("matching.noFits", mentorReaders, () -> matching.noFits(id)),
                new Call("matching.end", mentorReaders, () -> matching.end(matchId, -1, MatchEnd.COMPLETED, "x",
                        LocalDate.now())),
                new Call("matching.superviseBy", coordinators, () -> matching.superviseBy(matchId, -1, caseWorker)),
                // the owner's mentor account is not this mentor's: like any other, it does not reach the case
                new Call("matching.current", CASE_EDITORS, () -> matching.current(id)),
                new Call("matching.history", CASE_EDITORS, () -> matching.history(id)),
                new Call("matching.myMentees", Set.of(Role.MENTOR), () -> matching.myMentees()),
                new Call("matching.waiting", mentorReaders, () -> matching.waiting()),
                new Call("matching.caseWorkers", mentorReaders, () -> matching.caseWorkers()),
                new Call("matching.profilesOf", mentorReaders, () -> matching.profilesOf(List.of())),
                new Call("matching.candidates", mentorReaders, () -> matching.candidates()),
                new Call("pool.propose", coordinators, () -> pool.propose()),
                new Call("pool.pending", coordinators, () -> pool.pending()),
                new Call("pool.publish", coordinators, () -> pool.publish(proposalId, -1, caseWorker)),
                new Call("pool.discard", coordinators, () -> pool.discard(proposalId, -1)),
                new Call("programs.programs", admins, () -> catalogue.programs()),
                new Call("programs.program", admins, () -> catalogue.program(programId)),
                new Call("programs.create", admins, () -> catalogue.create("P" + (System.nanoTime() % 100000),
                        "Copy", "TTG")),
                new Call("programs.adjust", admins, () -> catalogue.adjust(programId, BuiltInTemplates.REINTEGRATION)),
                new Call("programs.routeWomen", admins, () -> catalogue.routeWomen(programId, null)));
        TestAgency other = new TestAgency(accounts.find(otherUsers.get(Role.COORDINATOR)).orElseThrow().getAgency()
                .getId(), accounts.find(otherUsers.get(Role.COORDINATOR)).orElseThrow().getAgency().getCode());
        for (Call call : calls) {
            for (Role role : Role.values()) {
                List<Caller> callers = role.isAgencyScoped() ? List.of(owner.as(role), other.as(role))
                        : List.of(new Caller(-9L, "global-" + role, null, null, Set.of(role)));
                for (Caller caller : callers) {
                    // agency-less roles have no agency to be wrong about: only their role counts
                    boolean own = caller.agencyId() == null || owner.id() == caller.agencyId();
                    String what = call.name() + " as " + caller.username();
                    Object result;
                    try {
                        result = runAs(caller, call.call());
                    } catch (AccessDeniedException | NotFoundException refused) {
                        assertThat(own && call.allowed().contains(role)).as(what + " was refused").isFalse();
                        assertThat(refused.getMessage()).as(what).doesNotContain("Quarrington")
                                .doesNotContain("ISO-SECRET-1");
                        continue;
                    } catch (InvalidInputException | StaleRecordException | FileNoLongerKeptException reachedTheRecord) {
                        // past every access check: only the record's own rules refused it
                        result = reachedTheRecord.getMessage();
                    }
                    if (!own || !call.allowed().contains(role)) {
                        // served outside its roles or agency: only harmless when nothing of the owner leaks
                        assertThat(call.allowed()).as(what + " was served").contains(role);
                        assertThat(shown(result, 3)).as(what).doesNotContain("Quarrington")
                                .doesNotContain("ISO-SECRET-1");
                    }
                }
            }
        }
    }

    /**
     * What a served result shows, deep enough to find a name in it: the application's records and
     * values by their getters and components, {@code depth} levels down; collections element by element.
     */
    private static String shown(Object result, int depth) {
        if (result == null) {
            return "";
        }
        if (result instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (result instanceof Optional<?> optional) {
            return optional.map(v -> shown(v, depth)).orElse("");
        }
        if (result instanceof Collection<?> collection) {
            return collection.stream().map(v -> shown(v, depth)).collect(Collectors.joining("|"));
        }
        if (result instanceof Map<?, ?> map) {
            return shown(map.keySet(), depth) + "|" + shown(map.values(), depth);
        }
        if (depth == 0 || !result.getClass().getName().startsWith("org.gatehouse")) {
            return String.valueOf(result);
        }
        StringBuilder out = new StringBuilder(result.getClass().getSimpleName()).append('[');
        for (Method getter : result.getClass().getMethods()) {
            boolean accessor = getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class
                    && !Modifier.isStatic(getter.getModifiers()) && (getter.getName().startsWith("get")
                    || getter.getName().startsWith("is") || (result.getClass().isRecord()
                    && Arrays.stream(result.getClass().getRecordComponents())
                            .anyMatch(c -> c.getName().equals(getter.getName()))));
            if (accessor) {
                try {
                    out.append(shown(getter.invoke(result), depth - 1)).append(' ');
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // a getter that cannot be read outside the server's context shows nothing
                }
            }
        }
        return out.append(']').toString();
    }

    private static HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, Api.ROOT + path, body);
    }
}
