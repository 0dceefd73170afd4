package org.gatehouse.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.Databases;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.gatehouse.warehouse.Loads;
import org.gatehouse.warehouse.WarehouseLoadJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators watch, over real HTTP: liveness and readiness (not ready while the database is
 * unreachable, ready again when it returns), Prometheus metrics of requests, batch items and
 * searches, a request id that every log record of the request carries in the JSON log, and a database
 * out of disk space told plainly to the API and to an export's requester.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String SERVER = "http://127.0.0.1:8080/gatehouse";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(OperationsIT.class, Loads.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private WarehouseLoadJobs jobs;

    @Inject
    private ParticipantRegistry registry;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Inject
    private Readiness readiness;

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Map<String, String> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    @Test
    void livenessAndReadinessWithoutSigningIn() throws Exception {
        HttpResponse<String> live = get("/health/live", Map.of());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live.body()).getString("status")).isEqualTo("UP");

        // a node whose case-note index is still being built at start is not ready, for that reason only
        HttpResponse<String> ready = get("/health/ready", Map.of());
        for (int i = 0; i < 300 && ready.statusCode() != 200; i++) {
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(checks(json(ready.body()))).containsEntry("database", "UP").containsEntry("searchIndex", "DOWN");
            Thread.sleep(200);
            ready = get("/health/ready", Map.of());
        }
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(checks(json(ready.body()))).containsEntry("database", "UP").containsEntry("migrations", "UP")
                .containsEntry("searchIndex", "UP").containsKey("lastNightlyRun");

        try (Connection db = dataSource.getConnection()) {
            if (!Databases.isPostgres(db)) {
                return; // the embedded database runs inside the server: it cannot be stopped apart from it
            }
        }
        // PostgreSQL: the application's database refuses connections and its sessions are ended, as when
        // the database server is stopped; then it comes back
        String user = TestData.newAgency(agencies, "OPS").user(accounts, agencies, Role.COORDINATOR);
        String database;
        try (Connection db = dataSource.getConnection(); ResultSet name = db.createStatement()
                .executeQuery("select current_database()")) {
            name.next();
            database = name.getString(1);
        }
        try {
            psql("alter database " + database + " with allow_connections false",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            Thread.sleep(2_100); // a readiness report is answered again for 2 s
            HttpResponse<String> down = get("/health/ready", Map.of());
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(json(down.body()).getString("status")).isEqualTo("DOWN");
            assertThat(checks(json(down.body()))).containsEntry("database", "DOWN").containsEntry("migrations", "DOWN");
            assertThat(down.body()).doesNotContain("Exception:").doesNotContain("password");
            assertThat(get("/health/live", Map.of()).statusCode()).as("still alive").isEqualTo(200);
            // the API says to try again shortly (bench/faults.sh found 500s while PostgreSQL restarted)
            HttpResponse<String> refused = Api.send(user, "GET", Api.ROOT + "/v1/participants", null);
            JsonObject unavailable = Api.assertProblem(refused, 503);
            assertThat(unavailable.getString("type")).endsWith("/unavailable");
            assertThat(unavailable.getString("detail")).contains("Idempotency-Key");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        } finally {
            psql("alter database " + database + " with allow_connections true");
        }
        HttpResponse<String> back = null;
        for (int i = 0; i < 50; i++) {
            back = get("/health/ready", Map.of());
            if (back.statusCode() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }

    @Test
    void aDatabaseOutOfDiskSpaceIsToldPlainlyAndKeepsNothing() throws Exception {
        String database;
        try (Connection db = dataSource.getConnection()) {
            if (!Databases.isPostgres(db)) {
                return; // the embedded database's disk is the server's own
            }
            try (ResultSet name = db.createStatement().executeQuery("select current_database()")) {
                name.next();
                database = name.getString(1);
            }
        }
        String user = TestData.newAgency(agencies, "FUL").user(accounts, agencies, Role.COORDINATOR);
        String ref = "FULL-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String participant = """
                {"externalRef":"%s","justiceId":"A1234BC","givenName":"Fay","familyName":"Full",
                 "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Northgate","program":"REINT",
                 "referralDate":"2026-01-10","expectedReleaseDate":"2026-03-01","vulnerabilities":["NFA"]}"""
                .formatted(ref);
        Map<String, String> once = Map.of("Idempotency-Key", "full-" + ref);
        // PostgreSQL's own answer when it cannot extend a table's file (SQLSTATE 53100), given by triggers:
        // the shared test database's disk cannot be filled (bench/faults.sh disk-full fills a real one)
        psqlOn(database, "create function gatehouse_test_disk_full() returns trigger language plpgsql as "
                        + "$$ begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; "
                        + "end $$",
                "create trigger disk_full before insert on participant for each row when (new.external_ref = '" + ref
                        + "') execute function gatehouse_test_disk_full()",
                "create trigger disk_full before update on export_file for each row when (new.content is not null) "
                        + "execute function gatehouse_test_disk_full()");
        try {
            HttpResponse<String> refused = Api.send(user, "POST", Api.ROOT + "/v1/participants", participant, once);
            JsonObject full = Api.assertProblem(refused, 507);
            assertThat(full.getString("type")).endsWith("/storage-full");
            assertThat(full.getString("detail")).contains("nothing of this request was saved");
            assertThat(psqlOn(database, "select count(*) from participant where external_ref = '" + ref + "'"))
                    .isEqualTo("0");

            HttpResponse<String> asked = Api.send(user, "POST", Api.ROOT + "/v1/exports",
                    "{\"kind\":\"PARTICIPANT_LIST\",\"format\":\"XLSX\",\"parameters\":{}}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            String export = Api.ROOT + "/v1/exports/" + Api.json(asked).getJsonNumber("id").longValue();
            JsonObject made = Api.json(Api.send(user, "GET", export, null));
            for (int i = 0; i < 120 && Set.of("QUEUED", "RUNNING").contains(made.getString("status")); i++) {
                Thread.sleep(500);
                made = Api.json(Api.send(user, "GET", export, null));
            }
            assertThat(made.getString("status")).isEqualTo("FAILED");
            assertThat(made.getString("failure")).isEqualTo("Not made: the database has no room left to keep the file; "
                    + "tell your administrator, and ask for it again once they have made room");
        } finally {
            psqlOn(database, "drop trigger disk_full on participant", "drop trigger disk_full on export_file",
                    "drop function gatehouse_test_disk_full()");
        }
        // room made: the same request sent again is saved once
        assertThat(Api.send(user, "POST", Api.ROOT + "/v1/participants", participant, once).statusCode()).isEqualTo(201);
        assertThat(Api.send(user, "POST", Api.ROOT + "/v1/participants", participant, once).statusCode()).isEqualTo(201);
        assertThat(psqlOn(database, "select count(*) from participant where external_ref = '" + ref + "'"))
                .isEqualTo("1");
    }

    @Test
    void probesWithinTwoSecondsGetTheSameReportAndLaterOnesAFreshOne() throws Exception {
        Readiness.Report first = readiness.ready();
        Readiness.Report again = readiness.ready();
        assertThat(again).as("answered again within 2 s, nothing asked of the database").isSameAs(first);

        Thread.sleep(Readiness.REPORT_MILLIS + 100);
        assertThat(readiness.ready()).as("checked afresh").isNotSameAs(first);
    }

    @Test
    void withAMetricsTokenSetOnlyARequestBearingItIsAnswered() throws Exception {
        String token = "metrics-" + java.util.UUID.randomUUID();
        System.setProperty("gatehouse.metrics.token", token); // read per request: this test runs in the server
        try {
            HttpResponse<String> none = get("/metrics", Map.of());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
                    .startsWith("Bearer"));
            assertThat(none.body()).doesNotContain("gatehouse_http_requests_total");
            assertThat(get("/metrics", Map.of("Authorization", "Bearer not-" + token)).statusCode()).isEqualTo(401);
            assertThat(get("/metrics", Map.of("Authorization", "Basic " + token)).statusCode()).isEqualTo(401);
            HttpResponse<String> bearing = get("/metrics", Map.of("Authorization", "Bearer " + token));
            assertThat(bearing.statusCode()).isEqualTo(200);
            assertThat(bearing.body()).contains("# TYPE gatehouse_http_requests_total counter");
        } finally {
            System.clearProperty("gatehouse.metrics.token");
        }
    }

    /** Runs statements as the database server's administrator (the tests' PostgreSQL trusts local sign-ins). */
    private static void psql(String... statements) throws Exception {
        psqlOn("postgres", statements);
    }

    /** As {@link #psql}, in the given database; the last statement's rows, unaligned. */
    private static String psqlOn(String database, String... statements) throws Exception {
        String output = "";
        for (String statement : statements) {
            Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database,
                    "-v", "ON_ERROR_STOP=1", "-qtAc", statement).redirectErrorStream(true).start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor()).as(output).isZero();
        }
        return output;
    }

    @Test
    void requestsBatchItemsAndSearchesAreCountedAndEachLogRecordCarriesItsRequest() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "OPS");
        String caseWorker = agency.user(accounts, agencies, Role.CASE_WORKER);
        String commissioner = "commissioner.ops" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        accounts.create(commissioner, "Commissioner", null, null, Set.of(Role.COMMISSIONER), TestData.PASSWORD, false);

        // somebody for the load to carry (its steps' items are counted)
        runAs(agency.as(Role.COORDINATOR), () -> registry.register(TestData.participant("OPS-1", "Olive", "Ops")));
        // a request id given is answered and used; one that is not a plain token is replaced
        String id = java.util.UUID.randomUUID().toString();
        Loads.run(jobs);
        HttpResponse<String> figures = HTTP.send(HttpRequest.newBuilder(URI.create(Api.ROOT
                + "/dashboards/service-levels")).header("Authorization", Api.basic(commissioner, TestData.PASSWORD))
                .header("Accept", "application/json").header(REQUEST_ID, id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(figures.headers().firstValue(REQUEST_ID)).hasValue(id);
        // one that is not a UUID is replaced: it could carry a name into every log line
        for (String notOne : List.of("not a token; <script>", "NRM-0001", "Quarrington")) {
            String replaced = get("/health/live", Map.of(REQUEST_ID, notOne)).headers().firstValue(REQUEST_ID)
                    .orElseThrow();
            assertThat(replaced).isNotEqualTo(notOne).matches("[0-9a-f-]{36}");
        }

        // the first commissioners' request after a load builds their tables, and says so in the log: a
        // JSON record carrying the request's id
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        List<JsonObject> records = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{") && l.contains(id)).map(OperationsIT::json).toList();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.getJsonObject("mdc")
                .getString("requestId")).isEqualTo(id));
        assertThat(records).anySatisfy(r -> assertThat(r.getString("message")).contains("Commissioners' table"));

        assertThat(Api.send(caseWorker, "GET", Api.ROOT + "/search?q=housing", null).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/metrics", Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain"));
        String text = metrics.body();
        assertThat(text).contains("# TYPE gatehouse_http_requests_total counter",
                "# TYPE gatehouse_http_request_seconds histogram", "gatehouse_http_request_seconds_bucket{kind=\"api\",le=\"+Inf\"}",
                "# TYPE gatehouse_note_search_seconds histogram", "jvm_memory_heap_used_bytes ");
        assertThat(count(text, "gatehouse_http_requests_total{kind=\"api\",method=\"GET\",status=\"2xx\"}")).isPositive();
        assertThat(count(text, "gatehouse_note_search_seconds_count")).isPositive();
        assertThat(text).containsPattern("gatehouse_batch_items_total\\{job=\"warehouse-load\",step=\"[^\"]+\",kind=\"written\"\\} [1-9]");
        // the application's connection pool: some in use at its busiest, the rest still to lend
        assertThat(text).contains("# TYPE gatehouse_db_pool_in_use gauge", "# TYPE gatehouse_db_pool_waits_total counter");
        assertThat(count(text, "gatehouse_db_pool_max_in_use{data_source=\"GatehouseDS\"}")).isPositive();
        assertThat(count(text, "gatehouse_db_pool_available{data_source=\"GatehouseDS\"}")).isPositive();
        assertThat(text).containsPattern("gatehouse_db_pool_timeouts_total\\{data_source=\"GatehouseDS\"\\} \\d+");
        // counts only: no address, no person
        assertThat(text).doesNotContain("/gatehouse/").doesNotContain("housing").doesNotContain(caseWorker);
    }

    /** The value of the sample that starts with {@code prefix}. */
    private static double count(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(prefix.length() + 1))).findFirst().orElse(0);
    }
}
