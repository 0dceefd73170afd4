package org.gatehouse.casework;

import static org.gatehouse.Api.assertProblem;
import static org.gatehouse.Api.basic;
import static org.gatehouse.Api.json;
import static org.gatehouse.Api.send;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.integration.IdempotencyKeySweeper;
import org.gatehouse.platform.Clocks;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant REST resource over real HTTP: JSON in and out, RFC 9457 problem bodies for errors. */
@ExtendWith(ArquillianExtension.class)
class ParticipantResourceIT {

    private static final String API = Api.ROOT + "/participants";
    private static final String V1 = Api.ROOT + "/v1/participants";
    private static final String VALID = """
            {"externalRef":"API-1","justiceId":"A1234BC","givenName":"Amy","familyName":"Abbott",
             "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Northgate","program":"REINT",
             "referralDate":"2026-01-10","expectedReleaseDate":"2026-03-01","vulnerabilities":["NFA"]}""";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ParticipantResourceIT.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private IdempotencyKeySweeper sweeper;

    /** A new agency with a coordinator account; returns the coordinator's user name. */
    private String coordinatorOfNewAgency() {
        return TestData.newAgency(agencies, "API").user(accounts, agencies, Role.COORDINATOR);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createsReadsAndRevisesOverJson() throws Exception {
        String user = coordinatorOfNewAgency();

        HttpResponse<String> created = send(user, "POST", API, VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject body = json(created);
        assertThat(body.getString("familyName")).isEqualTo("Abbott");
        assertThat(body.getString("dateOfBirth")).isEqualTo("1990-05-01");
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> read = send(user, "GET", location, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).getString("externalRef")).isEqualTo("API-1");
        assertThat(json(read).getJsonArray("vulnerabilities").getString(0)).isEqualTo("NFA");

        long id = body.getJsonNumber("id").longValue();
        long version = body.getJsonNumber("version").longValue();
        String revised = VALID.replace("HMP Northgate", "HMP Riverside").replace("{", "{\"version\":" + version + ",");
        HttpResponse<String> put = send(user, "PUT", API + "/" + id, revised);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).getString("prison")).isEqualTo("HMP Riverside");

        // the same old version again: someone else's change would be lost
        HttpResponse<String> stale = send(user, "PUT", API + "/" + id, revised);
        assertProblem(stale, 409);

        HttpResponse<String> list = send(user, "GET", API + "?name=abb", null);
        assertThat(json(list).getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void aPrisonSystemMovesAReleaseDateAndOnlyThat() throws Exception {
        String user = coordinatorOfNewAgency();
        HttpResponse<String> created = send(user, "POST", V1, VALID);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String release = location + "/release-date";
        // someone changes the prison meanwhile: the update needs no ETag and writes back nothing else
        JsonObject before = json(created);
        HttpResponse<String> prison = send(user, "PUT", location, VALID.replace("HMP Northgate", "HMP Riverside"),
                Map.of("If-Match", etag));
        assertThat(prison.statusCode()).as(prison.body()).isEqualTo(200);

        HttpResponse<String> moved = send(user, "PUT", release, """
                {"expectedReleaseDate":"2026-03-15"}""");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).getString("expectedReleaseDate")).isEqualTo("2026-03-15");
        assertThat(json(moved).getString("prison")).isEqualTo("HMP Riverside");
        assertThat(json(moved).getString("familyName")).isEqualTo(before.getString("familyName"));
        String movedTag = moved.headers().firstValue("ETag").orElseThrow();
        assertThat(movedTag).isNotEqualTo(etag);

        // as of an ETag: an old one 412, nothing changed; the current one moves it again, with the actual day
        assertProblem(send(user, "PUT", release, """
                {"expectedReleaseDate":"2026-04-01"}""", Map.of("If-Match", etag)), 412);
        HttpResponse<String> released = send(user, "PUT", release, """
                {"expectedReleaseDate":"2026-03-15","actualReleaseDate":"2026-03-16"}""", Map.of("If-Match", movedTag));
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(json(released).getString("actualReleaseDate")).isEqualTo("2026-03-16");

        // bad input, by field, nothing changed: no expected day, an actual one before the referral, no body
        assertThat(assertProblem(send(user, "PUT", release, "{\"actualReleaseDate\":\"2026-03-16\"}"), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("expected_release_date");
        assertThat(assertProblem(send(user, "PUT", release, """
                {"expectedReleaseDate":"2026-03-15","actualReleaseDate":"2025-12-01"}"""), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("actual_release_date");
        assertProblem(send(user, "PUT", release, "{\"expectedReleaseDate\":\"15/03/2026\"}"), 400);
        JsonObject now = json(send(user, "GET", location, null));
        assertThat(now.getString("expectedReleaseDate")).isEqualTo("2026-03-15");
        assertThat(now.getString("actualReleaseDate")).isEqualTo("2026-03-16");

        // another agency's user cannot find the case, let alone move it
        assertProblem(send(coordinatorOfNewAgency(), "PUT", release, """
                {"expectedReleaseDate":"2026-05-01"}"""), 404);
    }

    @Test
    void theVersionedApiCreatesOncePerKeyAndChangesOnlyAsOfTheETagRead() throws Exception {
        String user = coordinatorOfNewAgency();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        // sent twice with one key (a retry after a timeout): one participant, the same answer
        HttpResponse<String> first = send(user, "POST", V1, VALID, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(V1 + "/");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(user, "POST", V1, VALID, key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(send(user, "GET", V1 + "?name=abbott", null)).getJsonNumber("total").longValue())
                .isEqualTo(1);
        // the key with another request, or a key that is not one: refused by field, nothing made
        assertThat(assertProblem(send(user, "POST", V1, VALID.replace("Amy", "Ann"), key), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Idempotency-Key");
        assertThat(assertProblem(send(user, "POST", V1, VALID, Map.of("Idempotency-Key", "two words")), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Idempotency-Key");
        assertThat(json(send(user, "GET", V1 + "?name=a", null)).getJsonNumber("total").longValue()).isEqualTo(1);
        // keys are each account's own: another agency's coordinator with the same key makes their own
        String stranger = coordinatorOfNewAgency();
        HttpResponse<String> theirs = send(stranger, "POST", V1, VALID, key);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Location")).isNotEqualTo(Optional.of(location));
        assertProblem(send(stranger, "GET", location, null), 404);

        // read with its ETag; unchanged since: 304
        HttpResponse<String> read = send(user, "GET", location, null);
        assertThat(read.headers().firstValue("ETag")).hasValue(etag);
        assertThat(send(user, "GET", location, null, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        // a change names the version it is based on: without it 428, an old one 412, the one read 200
        String moved = VALID.replace("HMP Northgate", "HMP Riverside");
        assertProblem(send(user, "PUT", location, moved), 428);
        // a version in the body is a version read: never a negative number (nor the "any version" of If-Match: *)
        assertProblem(send(user, "PUT", location, moved.replace("{", "{\"version\":" + Long.MIN_VALUE + ",")), 422);
        assertProblem(send(user, "PUT", location, moved, Map.of("If-Match", "\"999\"")), 412);
        // If-Match compares strongly: a weak tag, or one that is not ours, matches no version
        for (String notOurs : List.of("W/" + etag, "abc", "\"\"", "\"-1\"", "\"x\"")) {
            assertProblem(send(user, "PUT", location, moved, Map.of("If-Match", notOurs)), 412);
        }
        assertThat(json(send(user, "GET", location, null)).getString("prison")).isEqualTo("HMP Northgate");
        HttpResponse<String> changed = send(user, "PUT", location, moved, Map.of("If-Match", etag));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).getString("prison")).isEqualTo("HMP Riverside");
        String newer = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(newer).isNotEqualTo(etag);
        JsonObject lost = assertProblem(send(user, "PUT", location, VALID, Map.of("If-Match", etag)), 412);
        assertThat(lost.getString("detail")).contains("changed since you read it");
        assertThat(json(send(user, "GET", location, null)).getString("prison")).isEqualTo("HMP Riverside");
        // another agency cannot change it whatever it sends
        assertProblem(send(stranger, "PUT", location, VALID, Map.of("If-Match", newer)), 404);
        assertProblem(send(stranger, "PUT", location, VALID, Map.of("If-Match", "*")), 404);
        // "*" changes whatever version is current
        HttpResponse<String> anyVersion = send(user, "PUT", location, moved.replace("HMP Riverside", "HMP Eastfield"),
                Map.of("If-Match", "*"));
        assertThat(anyVersion.statusCode()).as(anyVersion.body()).isEqualTo(200);
        assertThat(anyVersion.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(newer));
        // found by ApiFuzzIT: a change without the reference that identifies the case was a 500
        assertThat(assertProblem(send(user, "PUT", location, "{\"a\":1}", Map.of("If-Match", "*")), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("external_ref");

        // a key's request is known by its content, whatever order its set of vulnerabilities comes in
        Map<String, String> another = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String several = VALID.replace("API-1", "API-2").replace("Abbott", "Several")
                .replace("[\"NFA\"]", "[\"NFA\",\"SUBSTANCE\",\"MENTAL_HEALTH\",\"DOMESTIC_ABUSE\"]");
        assertThat(send(user, "POST", V1, several, another).statusCode()).isEqualTo(201);
        HttpResponse<String> reordered = send(user, "POST", V1, several.replace(
                "[\"NFA\",\"SUBSTANCE\",\"MENTAL_HEALTH\",\"DOMESTIC_ABUSE\"]",
                "[\"DOMESTIC_ABUSE\",\"MENTAL_HEALTH\",\"NFA\",\"SUBSTANCE\"]"), another);
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(201);
        assertThat(reordered.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        // the same key sent twice at once: one participant; the other gets it too, or is told to wait (409)
        Map<String, String> twice = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String racing = VALID.replace("API-1", "API-3").replace("Abbott", "Racing");
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = both.invokeAll(List.of(
                    () -> send(user, "POST", V1, racing, twice), () -> send(user, "POST", V1, racing, twice)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
                assertThat(answer.get().body()).doesNotContain("Exception");
            }
            assertThat(statuses).as("statuses").contains(201).allMatch(status -> status == 201 || status == 409);
        } finally {
            both.shutdown();
        }
        assertThat(json(send(user, "GET", V1 + "?name=racing", null)).getJsonNumber("total").longValue())
                .isEqualTo(1);

        // the API's description is served to anybody (it names no data)
        HttpResponse<String> description = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:8080/gatehouse/openapi.yaml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/yaml"));
        assertThat(description.body()).startsWith("openapi: 3.0.3").contains("/participants/{id}:")
                .contains("Idempotency-Key").contains("If-Match");
    }

    @Test
    void theHourlySweepForgetsKeysOlderThanADayOfEveryAgencyAndKeepsNewerOnes() throws Exception {
        String user = coordinatorOfNewAgency();
        String other = coordinatorOfNewAgency();
        Map<String, String> old = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, String> othersOld = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, String> recent = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(send(user, "POST", V1, VALID, old).statusCode()).isEqualTo(201);
        assertThat(send(other, "POST", V1, VALID, othersOld).statusCode()).isEqualTo(201);
        // two days on (the server's clock: this test runs in its JVM), a key is sent, and the sweep runs
        System.setProperty(Clocks.OFFSET_DAYS, "2");
        try {
            assertThat(send(user, "POST", V1, VALID.replace("API-1", "API-2"), recent).statusCode()).isEqualTo(201);
            sweeper.sweep();
        } finally {
            System.clearProperty(Clocks.OFFSET_DAYS);
        }

        // back to today: the old keys are gone (a new request under them is accepted), the newer one is kept
        String another = VALID.replace("API-1", "API-9").replace("Abbott", "Another");
        assertThat(send(user, "POST", V1, another, old).statusCode()).isEqualTo(201);
        assertThat(send(other, "POST", V1, another, othersOld).statusCode()).isEqualTo(201);
        assertProblem(send(user, "POST", V1, another, recent), 422);
    }

    @Test
    void malformedJsonIsA400ProblemBody() throws Exception {
        String user = coordinatorOfNewAgency();

        assertProblem(send(user, "POST", API, "{\"externalRef\": "), 400);
        assertProblem(send(user, "POST", API, "[1,2,3]"), 400);
        assertProblem(send(user, "POST", API, VALID.replace("1990-05-01", "not a date")), 400);
        assertProblem(send(user, "POST", API, VALID.replace("\"F\"", "\"Q\"")), 400);
        assertThat(json(send(user, "GET", API, null)).getJsonNumber("total").longValue()).isZero();
        // found by ApiFuzzIT: an address the server cannot decode (not UTF-8) got the screens' HTML error page
        assertThat(assertProblem(send(user, "GET", V1 + "/%E9", null), 400).getString("instance"))
                .startsWith("/gatehouse/api/v1/participants/");
    }

    @Test
    void aPageOutsideItsBoundsIsRefusedByItsField() throws Exception {
        String user = coordinatorOfNewAgency();

        assertThat(assertProblem(send(user, "GET", V1 + "?first=-1", null), 422).toString()).contains("\"first\"")
                .doesNotContain("\"max\"");
        assertThat(assertProblem(send(user, "GET", V1 + "?max=201", null), 422).toString()).contains("\"max\"");
        assertThat(assertProblem(send(user, "GET", V1 + "?max=0", null), 422).toString()).contains("\"max\"");
        assertThat(assertProblem(send(user, "GET", V1 + "?sort=nope", null), 422).toString()).contains("\"sort\"");
    }

    @Test
    void invalidDetailsAre422WithEachField() throws Exception {
        String user = coordinatorOfNewAgency();

        HttpResponse<String> response = send(user, "POST", API,
                VALID.replace("\"Amy\"", "\"\"").replace("REINT", "NOPE"));

        JsonObject problem = assertProblem(response, 422);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("given_name", "program");
    }

    @Test
    void anotherAgencysParticipantIs404AndLeaksNothing() throws Exception {
        String mine = coordinatorOfNewAgency();
        String theirs = coordinatorOfNewAgency();
        long id = json(send(theirs, "POST", API, VALID)).getJsonNumber("id").longValue();

        HttpResponse<String> response = send(mine, "GET", API + "/" + id, null);

        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("Abbott").doesNotContain("API-1")
                .doesNotContain(theirs.substring(theirs.indexOf('.') + 1).toUpperCase());
        assertThat(json(send(mine, "GET", API, null)).getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void withoutValidCredentialsTheApiAnswers401() throws Exception {
        String user = coordinatorOfNewAgency();

        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(API)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Basic"));
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(API)).header("Authorization",
                basic(user, "not-the-password-at-all")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(wrong, 401);
    }

    @Test
    void aMentorCannotCreateParticipants() throws Exception {
        String mentor = TestData.newAgency(agencies, "API").user(accounts, agencies, Role.MENTOR);

        assertProblem(send(mentor, "POST", API, VALID), 403);
        assertThat(json(send(mentor, "GET", API, null)).getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void aMentorCannotChangeAParticipantWhateverVersionItNames() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "API");
        String coordinator = agency.user(accounts, agencies, Role.COORDINATOR);
        String mentor = agency.user(accounts, agencies, Role.MENTOR);
        HttpResponse<String> created = send(coordinator, "POST", V1, VALID);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        // refused for the role before any version is compared, stale or not
        assertProblem(send(mentor, "PUT", location, VALID, Map.of("If-Match", etag)), 403);
        assertProblem(send(mentor, "PUT", location, VALID, Map.of("If-Match", "\"999\"")), 403);
    }
}
