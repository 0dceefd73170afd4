package org.gatehouse.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.PdfText;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.audit.AuditEvent;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.dashboards.ReoffendingExport;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.Databases;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.security.UserAdministration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Large exports made in the background: asked for, made by the batch job as the person who asked,
 * downloaded by that person alone; every refusal told by field or as a denial; audited.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ExportsIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ExportFiles files;

    @Inject
    private ExportLedger ledger;

    @Inject
    private UserAdministration users;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReoffendingExport measuresExport;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    /** A real account (the job makes the file as it), under a name of its own. */
    private Caller person(TestData.TestAgency agency, String name, Role role) {
        String username = name + "." + (agency == null ? Long.toString(System.nanoTime(), 36) : agency.code()
                .toLowerCase());
        accounts.create(username, name, null, agency == null ? null : agencies.agency(agency.code()), Set.of(role),
                TestData.PASSWORD, false);
        return new Caller(accounts.find(username).orElseThrow().getId(), username, agency == null ? null : agency.id(),
                agency == null ? null : agency.code(), Set.of(role));
    }

    /** The export once made (or failed), waiting up to 30 s for the job. */
    private ExportSummary made(Caller requester, long id) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            ExportSummary summary = runAs(requester, () -> ledger.summary(id));
            if (summary.status() == ExportStatus.READY || summary.status() == ExportStatus.FAILED) {
                return summary;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("export " + id + " was not made in 30 s");
    }

    @Test
    void theParticipantListIsMadeInTheBackgroundForItsRequesterAlone() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "EXP");
        TestData.TestAgency other = TestData.newAgency(agencies, "EXP");
        Caller coordinator = person(agency, "exporter", Role.COORDINATOR);
        runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("EXP-1", "Amy", "Abbott")));
        runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("EXP-2", "Ben", "Barker")));

        long id = runAs(coordinator, () -> files.request("PARTICIPANT_LIST", "XLSX", Map.of()));
        ExportSummary made = made(coordinator, id);
        assertThat(made.status()).as(made.failure()).isEqualTo(ExportStatus.READY);
        assertThat(made.fileName()).startsWith("participants-" + agency.code()).endsWith(".xlsx");
        assertThat(runAs(coordinator, () -> ledger.mine())).extracting(ExportSummary::id).contains(id);

        ExportLedger.Download file = runAs(coordinator, () -> ledger.download(id));
        assertThat(file.contentType()).contains("spreadsheetml");
        assertThat(sheetText(file.content())).contains("Abbott, Amy").contains("Barker, Ben");
        assertThat(made.sizeBytes()).isEqualTo((long) file.content().length);

        // nobody else finds it: not a colleague with the same role, not the agency's admin, not another agency
        for (Caller stranger : new Caller[] {person(agency, "colleague", Role.COORDINATOR),
                person(agency, "admin", Role.AGENCY_ADMIN), person(other, "coordinator", Role.COORDINATOR)}) {
            assertThatThrownBy(() -> runAs(stranger, () -> ledger.summary(id))).as(stranger.username())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs(stranger, () -> ledger.download(id))).as(stranger.username())
                    .isInstanceOf(NotFoundException.class);
            assertThat(runAs(stranger, () -> ledger.mine())).extracting(ExportSummary::id).doesNotContain(id);
        }
        // asked for and downloaded: both in the audit trail
        assertThat(runAs(agency.as(Role.AGENCY_ADMIN), () -> audit.trail(AuditKind.EXPORT, coordinator.username(),
                "ExportFile", Long.toString(id), null, null, 0, 10))).extracting(AuditEvent::getDetail)
                .contains("asked for PARTICIPANT_LIST as XLSX", "downloaded PARTICIPANT_LIST as XLSX");

        // refused when asked: the export's own rules, a wrong kind, format or parameter by field
        Caller mentor = person(agency, "mentor", Role.MENTOR);
        assertThatThrownBy(() -> runAs(mentor, () -> files.request("PARTICIPANT_LIST", "PDF", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> files.request("EVERYTHING", "ZIP", Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("kind"));
        assertThatThrownBy(() -> runAs(coordinator, () -> files.request("PARTICIPANT_LIST", "CSV",
                Map.of("colour", "red")))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.getViolations()).extracting(Violation::field).containsExactly("format", "colour"));
        assertThatThrownBy(() -> runAs(Caller.systemFor(agency.id(), agency.code()), () -> files.request(
                "PARTICIPANT_LIST", "PDF", Map.of()))).isInstanceOf(AccessDeniedException.class);

        // not ready yet: asked for (no job started here), so not downloadable
        long waiting = runAs(coordinator, () -> ledger.accept(ExportKind.PARTICIPANT_LIST, "PDF", Map.of()));
        assertThatThrownBy(() -> runAs(coordinator, () -> ledger.download(waiting)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations().get(0).message())
                        .contains("queued, not ready"));
        // rights checked again at download: the same person without the role gets nothing
        Caller demoted = new Caller(coordinator.userId(), coordinator.username(), agency.id(), agency.code(),
                Set.of(Role.MENTOR));
        assertThatThrownBy(() -> runAs(demoted, () -> ledger.download(id))).isInstanceOf(AccessDeniedException.class);

        // only the system sweeps: one still waiting after an hour is failed, one older than a week deleted
        Caller system = Caller.systemFor(agency.id(), agency.code());
        assertThatThrownBy(() -> runAs(coordinator, () -> ledger.deleteExpired()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(coordinator, () -> ledger.failStale())).isInstanceOf(AccessDeniedException.class);
        assertThat(runAs(system, () -> ledger.failStale())).isZero();
        askedAgo(agency, waiting, Duration.ofHours(2));
        assertThat(runAs(system, () -> ledger.failStale())).isEqualTo(1);
        assertThat(runAs(coordinator, () -> ledger.summary(waiting))).satisfies(e -> {
            assertThat(e.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(e.failure()).contains("the server stopped while making it");
        });
        assertThat(runAs(system, () -> ledger.deleteExpired())).isZero();
        askedAgo(agency, id, ExportLedger.KEPT.plusMinutes(1));
        assertThatThrownBy(() -> runAs(coordinator, () -> ledger.download(id))).as("expired")
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs(coordinator, () -> ledger.mine())).extracting(ExportSummary::id).doesNotContain(id);
        assertThat(runAs(system, () -> ledger.deleteExpired())).isEqualTo(1);
    }

    /** Starts the export job as the application does, for the agency given (null: none); its batch status once ended. */
    private static BatchStatus ran(long exportId, Long agencyId) throws InterruptedException {
        Properties job = new Properties();
        job.setProperty("exportId", Long.toString(exportId));
        if (agencyId != null) {
            job.setProperty("agencyId", Long.toString(agencyId));
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("export-file", job);
        for (int i = 0; i < 120; i++) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the export job did not end in 30 s");
    }

    @Test
    void theJobMakesAnExportOnlyUnderItsOwnAgencyAndFailsWhatItCannotMake() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "EXJ");
        TestData.TestAgency other = TestData.newAgency(agencies, "EXJ");
        Caller coordinator = person(agency, "maker", Role.COORDINATOR);
        runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("EXJ-1", "Cat", "Cole")));

        // the job reads who asked from the export itself: started for another agency, it finds nothing
        // to make (and may not fail it either); the export waits, untouched
        long id = runAs(coordinator, () -> ledger.accept(ExportKind.PARTICIPANT_LIST, "XLSX", Map.of()));
        assertThat(ran(id, other.id())).isEqualTo(BatchStatus.FAILED);
        assertThat(ran(id, null)).as("as the platform's").isEqualTo(BatchStatus.FAILED);
        assertThat(runAs(coordinator, () -> ledger.summary(id)).status()).isEqualTo(ExportStatus.QUEUED);
        Caller otherSystem = Caller.systemFor(other.id(), other.code());
        assertThatThrownBy(() -> runAs(otherSystem, () -> ledger.requesterOf(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(otherSystem, () -> {
            ledger.fail(id, "Not made");
            return null;
        })).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        // nobody but the batch system asks who asked
        assertThatThrownBy(() -> runAs(coordinator, () -> ledger.requesterOf(id)))
                .isInstanceOf(AccessDeniedException.class);
        // under its own agency, made as the person who asked
        assertThat(ran(id, agency.id())).isEqualTo(BatchStatus.COMPLETED);
        assertThat(made(coordinator, id).status()).isEqualTo(ExportStatus.READY);
        assertThat(sheetText(runAs(coordinator, () -> ledger.download(id)).content())).contains("Cole, Cat");

        // an unexpected failure while making it (a format no report knows, set behind the application's
        // back): failed with a reason that names the kind of fault, no data
        long broken = runAs(coordinator, () -> ledger.accept(ExportKind.PARTICIPANT_LIST, "PDF", Map.of()));
        changed(agency, broken, "format", "DOCX");
        assertThat(ran(broken, agency.id())).as("made or not, the job itself ends").isEqualTo(BatchStatus.COMPLETED);
        assertThat(made(coordinator, broken)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(e.failure()).isEqualTo("Not made: the server could not make it (IllegalArgumentException); "
                    + "ask for it again, or tell your administrator");
        });
        // an account disabled meanwhile: not made, and told why
        long orphan = runAs(coordinator, () -> ledger.accept(ExportKind.PARTICIPANT_LIST, "PDF", Map.of()));
        runAs(agency.as(Role.AGENCY_ADMIN), () -> users.disable(coordinator.userId()));
        ran(orphan, agency.id());
        assertThat(made(coordinator, orphan).failure()).contains("no longer enabled");
    }

    @Test
    void dashboardReportsAndTheMeasuresAreMadeInTheCallersView() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "EXP");
        Caller caseWorker = person(agency, "worker", Role.CASE_WORKER);
        Caller commissioner = person(null, "commissioner", Role.COMMISSIONER);

        long levels = runAs(caseWorker, () -> files.request("SERVICE_LEVEL_REPORT", "PDF", Map.of("breakdown",
                "PROGRAM")));
        ExportSummary made = made(caseWorker, levels);
        assertThat(made.status()).as(made.failure()).isEqualTo(ExportStatus.READY);
        String text = PdfText.of(runAs(caseWorker, () -> ledger.download(levels)).content());
        assertThat(text).contains("Service levels", "Agency view: " + agency.code() + "'s own figures", "by program",
                "Definitions", "MET_AT_GATE: ");

        long measures = runAs(commissioner, () -> files.request("REOFFENDING_MEASURES", "CSV", Map.of()));
        assertThat(made(commissioner, measures).status()).isEqualTo(ExportStatus.READY);
        // the same file as the export gives at once: every agency, read from the published table
        assertThat(new String(runAs(commissioner, () -> ledger.download(measures)).content(), StandardCharsets.UTF_8))
                .startsWith("cohort,agency,program,measurable,")
                .isEqualTo(new String(runAs(commissioner, () -> measuresExport.csv()), StandardCharsets.UTF_8));

        // the report's own rules when asked: a commissioner's one filter at a time, a quarter that is none
        Map<String, String> two = new HashMap<>();
        two.put("agency", agency.code());
        two.put("program", "REINT");
        two.put("cohortFrom", "2025-Q7");
        two.put("breakdown", "SHOE_SIZE");
        assertThatThrownBy(() -> runAs(commissioner, () -> files.request("REOFFENDING_REPORT", "PDF", two)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::field).containsExactly("cohortFrom", "breakdown", "program"));
        // an agency's staff only for their own agency
        assertThatThrownBy(() -> runAs(caseWorker, () -> files.request("SERVICE_LEVEL_REPORT", "CSV",
                Map.of("agency", "SOMEBODYELSE")))).isInstanceOf(AccessDeniedException.class);

        // over HTTP: 202 with its address, the list, the file; somebody else gets 404; bad input 422
        String worker = caseWorker.username();
        HttpResponse<String> asked = Api.send(worker, "POST", Api.ROOT + "/exports",
                "{\"kind\": \"SERVICE_LEVEL_REPORT\", \"format\": \"CSV\", \"parameters\": {\"breakdown\": \"REGION\"}}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String location = asked.headers().firstValue("Location").orElseThrow();
        long httpId = Api.json(asked).getJsonNumber("id").longValue();
        assertThat(location).endsWith("/api/exports/" + httpId);
        made(caseWorker, httpId);
        assertThat(Api.send(worker, "GET", Api.ROOT + "/exports", null).body()).contains("\"id\":" + httpId);
        HttpResponse<String> csv = Api.get(worker, location + "/file", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("measure,group,suppressed,numerator,denominator,");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("service-levels-");
        Caller stranger = person(agency, "stranger", Role.CASE_WORKER);
        Api.assertProblem(Api.get(stranger.username(), location + "/file", "*/*"), 404);
        JsonObject bad = Api.assertProblem(Api.send(worker, "POST", Api.ROOT + "/exports",
                "{\"kind\": \"SERVICE_LEVEL_REPORT\", \"format\": \"DOCX\", \"parameters\": {\"monthFrom\": \"May\"}}"),
                422);
        assertThat(bad.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("format");
        Api.assertProblem(Api.send(worker, "POST", Api.ROOT + "/exports",
                "{\"kind\": \"SERVICE_LEVEL_REPORT\", \"format\": \"PDF\", \"parameters\": {\"monthFrom\": \"May\"}}"),
                422);
    }

    /** Moves when an export of the agency was asked for back by {@code ago}, as time passing would. */
    private void askedAgo(TestData.TestAgency agency, long id, Duration ago) throws Exception {
        changed(agency, id, "requested_at", Timestamp.from(Instant.now().minus(ago)));
    }

    /** One column of an export changed behind the application's back. */
    private void changed(TestData.TestAgency agency, long id, String column, Object value) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            // on PostgreSQL the row is seen only by a session bound to its agency (row-level security)
            boolean postgres = Databases.isPostgres(db);
            if (postgres) {
                bind(db, Long.toString(agency.id()));
            }
            try (PreparedStatement update = db.prepareStatement("update export_file set " + column
                    + " = ? where id = ?")) {
                update.setObject(1, value);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                if (postgres) {
                    bind(db, "");
                }
            }
        }
    }

    private static void bind(Connection db, String agency) throws Exception {
        try (PreparedStatement bind = db.prepareStatement("select set_config('gatehouse.agency', ?, false)")) {
            bind.setString(1, agency);
            bind.execute();
        }
    }

    /** The shared strings of an XLSX file (where its cells' text is). */
    private static String sheetText(byte[] xlsx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("xl/")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        }
    }
}
