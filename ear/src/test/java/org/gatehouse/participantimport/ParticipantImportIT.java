package org.gatehouse.participantimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ExitType;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.csv.CsvFile;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.Databases;
import org.gatehouse.platform.FileNoLongerKeptException;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.migration.V61__UploadedFilesForgotten;
import org.gatehouse.privacy.RetentionSweeper;
import org.gatehouse.programs.CaseSchedule;
import org.gatehouse.programs.CaseSchedules;
import org.gatehouse.programs.Phase;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant import job (FORMATS.md §1) on the real batch runtime and database. */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportIT {

    private static final String HEADER = "external_ref,justice_id,given_name,family_name,date_of_birth,gender,"
            + "region,prison,program,referral_date,expected_release_date,vulnerabilities\r\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ParticipantImportIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ParticipantImports imports;

    @Inject
    private ImportLedger ledger;

    @Inject
    private RetentionSweeper sweeper;

    @Inject
    private CaseSchedules schedules;

    @Inject
    private Accounts accounts;

    /** Good rows and every kind of bad row, in one file. */
    private static byte[] mixedFile() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("I-1,A1111AA,Amy,Abbott,1990-05-01,F,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,NFA;SUBSTANCE\r\n"
                + "I-2,A2222AA,Ben,Barker,1990-13-01,M,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,\r\n"
                + "I-3,A3333AA,Cara,Carter,1990-05-01,F,NORTH\r\n"
                + "I-4,A4444AA,Dana,Dawson,1990-05-01,F,NORTH,HMP Northgate,XYZ,2026-01-10,2026-03-01,\r\n"
                + "I-1,A5555AA,Erin,Ellis,1990-05-01,F,SOUTH,HMP Riverside,TTG,2026-01-10,2026-03-01,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        // a name saved in Latin-1 (0xE9 for é): not UTF-8
        file.writeBytes("I-5,A6666AA,Ren".getBytes(StandardCharsets.UTF_8));
        file.write(0xE9);
        file.writeBytes((",Fletcher,1990-05-01,F,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,\r\n"
                + "I-6,A7777AA,Zoë,\"O'Brien, Jr\",1985-02-03,X,SOUTH,\"Northgate, HMP\",TTG,2026-02-01,2026-04-01,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    @Test
    void importsGoodRowsRejectsBadOnesAndASecondRunChangesNothing() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);

        ImportSummary first = await(agency, start(agency, "mixed.csv", mixedFile()));
        assertThat(first.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(List.of(first.read(), first.imported(), first.updated(), first.unchanged(), first.rejected()))
                .containsExactly(7L, 2L, 0L, 0L, 5L);
        List<ImportLine> rejects = runAs(agency, () -> imports.rejects(first.runId()));
        assertThat(rejects).extracting(ImportLine::getLineNumber).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(rejects.get(0).getReason()).contains("date_of_birth").contains("1990-13-01");
        assertThat(rejects.get(1).getReason()).contains("the row has 7 field(s); the header has 12");
        assertThat(rejects.get(2).getReason()).contains("program").contains("'XYZ' is not a program of this agency");
        assertThat(rejects.get(3).getReason()).contains("I-1 is already given on line 2");
        assertThat(rejects.get(4).getReason()).contains("not valid UTF-8");

        List<Participant> imported = list(agency, ParticipantFilter.none(), ParticipantSort.EXTERNAL_REF,
                true, 0, 10);
        assertThat(imported).extracting(Participant::getExternalRef).containsExactly("I-1", "I-6");
        assertThat(imported.get(0).getVulnerabilities())
                .containsExactlyInAnyOrder(Vulnerability.NFA, Vulnerability.SUBSTANCE);
        assertThat(imported.get(1).getGivenName()).isEqualTo("Zoë");
        assertThat(imported.get(1).getFamilyName()).isEqualTo("O'Brien, Jr");
        assertThat(imported.get(1).getPrison()).isEqualTo("Northgate, HMP");

        ImportSummary second = await(agency, start(agency, "mixed.csv", mixedFile()));
        assertThat(List.of(second.read(), second.imported(), second.updated(), second.unchanged(), second.rejected()))
                .containsExactly(7L, 0L, 0L, 2L, 5L);
        List<Participant> after = list(agency, ParticipantFilter.none(), ParticipantSort.EXTERNAL_REF,
                true, 0, 10);
        assertThat(after).extracting(Participant::getVersion)
                .containsExactlyElementsOf(imported.stream().map(Participant::getVersion).toList());

        String rejectsCsv = new String(runAs(agency, () -> imports.rejectsCsv(first.runId())), StandardCharsets.UTF_8);
        assertThat(rejectsCsv).startsWith("line,external_ref,reason\r\n3,I-2,").hasLineCount(6);
    }

    @Test
    void anAgencysOwnSystemSendsItsFileOverTheApi() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "IMP");
        String coordinator = agency.user(accounts, agencies, Role.COORDINATOR);
        String imports = Api.ROOT + "/v1/participant-imports";
        // the bytes as sent: the Latin-1 line is refused as the screen's upload refuses it
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(imports + "?fileName=mixed.csv")).header("Content-Type", "text/csv")
                .header("Accept", "application/json").header("Authorization", Api.basic(coordinator, TestData.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(mixedFile())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        long run = Api.json(sent).getJsonNumber("runId").longValue();
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/participant-imports/" + run);

        JsonObject summary = Api.json(Api.send(coordinator, "GET", location, null));
        for (int i = 0; i < 120 && !Set.of("COMPLETED", "FAILED").contains(summary.getString("status")); i++) {
            Thread.sleep(250);
            summary = Api.json(Api.send(coordinator, "GET", location, null));
        }
        assertThat(summary.getString("status")).isEqualTo("COMPLETED");
        assertThat(summary.getString("fileName")).isEqualTo("mixed.csv");
        JsonObject done = summary;
        assertThat(Stream.of("read", "imported", "updated", "unchanged", "rejected").map(done::getInt))
                .containsExactly(7, 2, 0, 0, 5);
        HttpResponse<String> rejects = Api.get(coordinator, location + "/rejects.csv", "text/csv");
        assertThat(rejects.statusCode()).isEqualTo(200);
        assertThat(rejects.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"rejects-" + run + ".csv\"");
        assertThat(rejects.body()).startsWith("line,external_ref,reason\r\n3,I-2,").hasLineCount(6);
        assertThat(Api.send(coordinator, "GET", imports, null).body()).contains("\"runId\":" + run + ",");

        // refused whole, nothing started: a file name with a control character, a body that is not CSV
        JsonObject badName = Api.assertProblem(Api.send(coordinator, "POST", imports + "?fileName=a%07b.csv",
                HEADER, Map.of("Content-Type", "text/csv")), 422);
        assertThat(badName.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("fileName");
        Api.assertProblem(Api.send(coordinator, "POST", imports, "{\"rows\":[]}"), 415);
        assertThat(Api.json(Api.send(coordinator, "GET", location, null)).getJsonNumber("runId").longValue())
                .isEqualTo(run);
        assertThat(Json.createReader(new StringReader(Api.send(coordinator, "GET", imports, null).body()))
                .readArray()).hasSize(1);
    }

    @Test
    void aChangedRowUpdatesTheParticipant() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        String row = "U-1,A1111AA,Amy,Abbott,1990-05-01,F,NORTH,%s,REINT,2026-01-10,2026-03-01,\r\n";
        await(agency, start(agency, "a.csv", (HEADER + row.formatted("HMP Northgate")).getBytes(StandardCharsets.UTF_8)));

        ImportSummary update = await(agency, start(agency, "b.csv",
                (HEADER + row.formatted("HMP Riverside")).getBytes(StandardCharsets.UTF_8)));

        assertThat(List.of(update.read(), update.imported(), update.updated(), update.rejected()))
                .containsExactly(1L, 0L, 1L, 0L);
        assertThat(list(agency, ParticipantFilter.none(), ParticipantSort.EXTERNAL_REF, true, 0, 5))
                .extracting(Participant::getPrison).containsExactly("HMP Riverside");
    }

    /** Imported cases are planned by the agency's program of that code; an imported exit ends the case. */
    @Test
    void importedRowsBecomeCasesOfTheirProgramAndImportedExitsEndThem() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        String header = "external_ref,justice_id,given_name,family_name,date_of_birth,gender,region,prison,program,"
                + "referral_date,expected_release_date,actual_release_date,exit_date,exit_type\r\n";
        String rows = "X-1,A1111AA,Amy,Abbott,1990-05-01,F,NORTH,HMP Northgate,TTG,2026-01-10,2026-03-01,2026-03-02,,\r\n"
                + "X-2,A2222AA,Ben,Barker,1990-05-01,M,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,2026-03-01,"
                + "2026-05-01,UNPLANNED\r\n";
        ImportSummary summary = await(agency, start(agency, "x.csv", (header + rows).getBytes(StandardCharsets.UTF_8)));
        assertThat(summary.imported()).isEqualTo(2L);

        List<Participant> cases = list(agency, ParticipantFilter.none(), ParticipantSort.EXTERNAL_REF, true, 0, 5);
        CaseSchedule ttg = runAs(agency, () -> schedules.of(cases.get(0).getId()));
        assertThat(ttg.release()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ttg.milestone("GATE_MEETING").due()).isEqualTo(LocalDate.of(2026, 3, 2));
        CaseSchedule exited = runAs(agency, () -> schedules.of(cases.get(1).getId()));
        assertThat(exited.phase()).isEqualTo(Phase.EXITED);
        assertThat(cases.get(1).getExitType()).isEqualTo(ExitType.UNPLANNED);
        assertThat(cases.get(1).getExitReason()).isNull();
        assertThat(runAs(agency, () -> registry.openCases())).extracting(Participant::getExternalRef)
                .containsExactly("X-1");
    }

    @Test
    void anEmptyFileIsReportedAndImportsNothing() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);

        ImportSummary empty = await(agency, start(agency, "empty.csv", new byte[0]));

        assertThat(empty.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(empty.failure()).isEqualTo(CsvFile.EMPTY);
        assertThat(empty.read()).isZero();
    }

    @Test
    void aHeaderOnlyFileCompletesWithNothingRead() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);

        ImportSummary headerOnly = await(agency, start(agency, "header.csv",
                HEADER.getBytes(StandardCharsets.UTF_8)));

        assertThat(headerOnly.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(List.of(headerOnly.read(), headerOnly.imported(), headerOnly.rejected()))
                .containsExactly(0L, 0L, 0L);
    }

    @Test
    void anUploadsFileIsKeptOnlyUntilItsImportCompletesOrForAWeek() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        ImportSummary completed = await(agency, start(agency, "done.csv", mixedFile()));
        ImportSummary failed = await(agency, start(agency, "empty.csv", new byte[0]));
        assertThat(List.of(completed.status(), failed.status()))
                .containsExactly(ImportStatus.COMPLETED, ImportStatus.FAILED);

        assertThatThrownBy(() -> runAs(agency, () -> ledger.content(completed.runId())))
                .isInstanceOf(FileNoLongerKeptException.class)
                .hasMessage("The uploaded file is no longer kept (a file is kept until its import completes, or for 7 "
                        + "days when it does not): upload it again");
        // a run that did not complete keeps it for a restart, a week, then the nightly sweep forgets it
        assertThat(runAs(agency, () -> ledger.content(failed.runId()))).isEmpty();
        TestData.daysAhead(6, sweeper::sweep);
        assertThat(runAs(agency, () -> ledger.content(failed.runId()))).isEmpty();
        TestData.daysAhead(8, sweeper::sweep);
        assertThatThrownBy(() -> runAs(agency, () -> ledger.content(failed.runId())))
                .isInstanceOf(FileNoLongerKeptException.class);
        // what the runs did is still told
        assertThat(runAs(agency, () -> imports.summary(failed.runId()))).isEqualTo(failed);
        assertThat(runAs(agency, () -> imports.rejects(completed.runId()))).hasSize(5);
    }

    @Test
    void theReleaseThatForgetsUploadedFilesForgetsThoseOfRunsThatCompletedBeforeIt() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        ImportSummary completed = await(agency, start(agency, "done.csv", mixedFile()));
        ImportSummary failed = await(agency, start(agency, "empty.csv", new byte[0]));
        DataSource owner = migrationDataSource();
        // a run that completed before V61: it still holds its file
        try (Connection db = owner.getConnection()) {
            db.setAutoCommit(false);
            if (Databases.isPostgres(db)) {
                try (PreparedStatement bind = db.prepareStatement("select set_config('gatehouse.agency', ?, true)")) {
                    bind.setString(1, Long.toString(agency.agencyId()));
                    bind.executeQuery().close();
                }
            }
            try (PreparedStatement keep = db.prepareStatement("update import_run set content = ? where id = ?")) {
                keep.setBytes(1, mixedFile());
                keep.setLong(2, completed.runId());
                assertThat(keep.executeUpdate()).isEqualTo(1);
            }
            db.commit();
        }
        assertThat(runAs(agency, () -> ledger.content(completed.runId()))).isEqualTo(mixedFile());

        try (Connection db = owner.getConnection()) {
            db.setAutoCommit(false);
            new V61__UploadedFilesForgotten().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return db;
                }
            });
            db.commit();
        }
        assertThatThrownBy(() -> runAs(agency, () -> ledger.content(completed.runId())))
                .isInstanceOf(FileNoLongerKeptException.class);
        assertThat(runAs(agency, () -> ledger.content(failed.runId()))).as("kept for a restart").isNotNull();
    }

    /** The tables' owner where production has one (PostgreSQL), as Flyway runs the migrations. */
    private static DataSource migrationDataSource() throws NamingException {
        InitialContext names = new InitialContext();
        try {
            return (DataSource) names.lookup("java:jboss/datasources/GatehouseMigrationDS");
        } catch (NameNotFoundException none) {
            return (DataSource) names.lookup("java:jboss/datasources/GatehouseDS");
        }
    }

    @Test
    void aHeaderWithoutARequiredColumnRejectsEveryRowWithTheReason() throws Exception {
        Caller agency = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        String file = HEADER.replace("gender,", "colour,")
                + "H-1,A1111AA,Amy,Abbott,1990-05-01,F,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,\r\n"
                + "H-2,A2222AA,Ben,Barker,1990-05-01,M,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01,\r\n";

        ImportSummary summary = await(agency, start(agency, "nogender.csv",
                file.getBytes(StandardCharsets.UTF_8)));

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.failure()).contains("lacks required column(s): gender").contains("unknown column(s): colour");
        assertThat(List.of(summary.read(), summary.imported(), summary.rejected())).containsExactly(2L, 0L, 2L);
        assertThat(runAs(agency, () -> imports.rejects(summary.runId()))).extracting(ImportLine::getReason)
                .allSatisfy(reason -> assertThat(reason).contains("gender"));
        assertThat(runAs(agency, () -> registry.count(ParticipantFilter.none()))).isZero();
    }

    @Test
    void mentorsAndCaseWorkersCannotImport() {
        TestData.TestAgency agency = TestData.newAgency(agencies, "IMP");
        for (Role role : new Role[] {Role.MENTOR, Role.CASE_WORKER}) {
            assertThatThrownBy(() -> start(agency.as(role), "x.csv",
                            HEADER.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherAgencysImportIsNotVisible() throws Exception {
        Caller mine = TestData.newAgency(agencies, "IMP").as(Role.COORDINATOR);
        Caller theirs = TestData.newAgency(agencies, "IMP").as(Role.AGENCY_ADMIN);
        ImportSummary theirRun = await(theirs, start(theirs, "h.csv", HEADER.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> runAs(mine, () -> imports.summary(theirRun.runId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs(mine, () -> imports.rejectsCsv(theirRun.runId())))
                .isInstanceOf(NotFoundException.class);
    }

    private long start(Caller caller, String fileName, byte[] content) {
        return runAs(caller, () -> imports.start(fileName, content));
    }

    private List<Participant> list(Caller caller, ParticipantFilter filter, ParticipantSort sort, boolean ascending,
                                   int first, int max) {
        return runAs(caller, () -> registry.list(filter, sort, ascending, first, max));
    }

    private ImportSummary await(Caller agency, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportSummary summary = runAs(agency, () -> imports.summary(runId));
            if (summary.isFinished()) {
                return summary;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + runId + " did not finish within 60 s");
    }
}
