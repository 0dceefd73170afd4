package org.gatehouse.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.Fuzz;
import org.gatehouse.TestData;
import org.gatehouse.Triangles;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input at every door of the API, drawn at random from a seed ({@link Fuzz}): every operation
 * with a body gets valid examples changed field by field, broken JSON, huge and nested bodies,
 * Latin-1 and the wrong media type; every path and query parameter odd values. Whatever comes in,
 * the answer is never a 5xx, every refusal is an RFC 9457 problem without a stack trace, and
 * nothing is half-stored: a refused change leaves the record as it was, and the records of a kind
 * grow by exactly the creations answered 201.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final String V1 = Api.ROOT + "/v1";
    /** Tries per operation with a body, and per other operation: bounded, so the suite stays within its time. */
    private static final int TRIES_PER_DOOR = Integer.getInteger("fuzz.tries", 8);
    private static final int TRIES_PER_OPERATION = Integer.getInteger("fuzz.tries", 8) / 2;
    /** Operations that take no input at all, or that only start or stop a whole job: checked by their own ITs. */
    private static final Set<String> NO_INPUT = Set.of("POST /search/index/stop", "POST /search/index/restart");
    private static final List<String> QUERY_NAMES = List.of("name", "status", "first", "max", "sort", "desc", "q",
            "pathway", "sensitivity", "cohortFrom", "cohortTo", "monthFrom", "monthTo", "agency", "program", "region",
            "breakdown", "gender", "indigenousStatus", "vulnerability", "baseline", "releasedFrom", "releasedTo",
            "from", "size");
    /** Sizes a job refuses (none is blank: a blank size means the default and would start the job). */
    private static final List<String> BAD_SIZES = List.of("abc", "-1", "0", "1e309", "99999999999999999999", "2.5",
            "<script>", "=1+1", "x".repeat(5000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ApiFuzzIT.class, Fuzz.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Fuzz fuzz = new Fuzz();
    /** Every wrong answer of the run, reported together at the end (one defect rarely comes alone). */
    private final List<String> wrong = new ArrayList<>();

    private void expect(boolean right, String what) {
        if (!right) {
            wrong.add(what);
        }
    }

    /** An operation with a body; {@code countedAt} lists what it creates, {@code stateAt} shows what it changes. */
    private record Door(String method, String path, String user, JsonObject example, String countedAt,
                        String stateAt) {
    }

    @Test
    void everyDoorAnswersBadInputWithAProblemAndStoresNothingOfIt() throws Exception {
        Triangles.Triangle triangle = triangles.create("FUZZ");
        String coordinator = triangle.agency().user(accounts, agencies, Role.COORDINATOR);
        String admin = triangle.agency().user(accounts, agencies, Role.AGENCY_ADMIN);
        String sysadmin = "sysadmin.fuzz." + triangle.agency().code().toLowerCase();
        accounts.create(sysadmin, "Sys", null, null, Set.of(Role.SYSTEM_ADMIN), TestData.PASSWORD, false);
        long person = triangle.mentee().getId();
        String participant = V1 + "/participants/" + person;
        LocalDate today = LocalDate.now();

        JsonObject engagement = json("""
                {"kind":"MENTOR_MEETING","happenedOn":"%s","startsAt":"14:00:00","durationMinutes":45,
                 "attendance":"ATTENDED","punctuality":"ON_TIME","attendees":["PARTICIPANT","MENTOR"]}"""
                .formatted(today.minusDays(1)));
        JsonObject appointment = json("""
                {"kind":"HOUSING","on":"%s","at":"10:30:00","durationMinutes":45,"place":"Northgate Housing Office",
                 "withWhom":"Duty officer","mentorAttends":true}""".formatted(today.plusDays(3)));
        long engagementId = created(send(coordinator, "POST", participant + "/engagements", engagement));
        long appointmentId = created(send(coordinator, "POST", participant + "/appointments", appointment));
        String appointmentAt = participant + "/appointments/" + appointmentId;

        List<Door> doors = List.of(
                new Door("POST", "/participants", coordinator, json("""
                        {"externalRef":"FZ-1","justiceId":"A1234BC","givenName":"Amy","familyName":"Abbott",
                         "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Northgate",
                         "program":"REINT","referralDate":"%s","expectedReleaseDate":"%s","vulnerabilities":["NFA"]}"""
                        .formatted(today.minusDays(20), today.plusDays(20))), V1 + "/participants?max=1", null),
                new Door("PUT", "/participants/{id}", coordinator, json("""
                        {"externalRef":"FZ-P","justiceId":"A1234BC","givenName":"Pat","familyName":"Fuzz",
                         "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Riverside",
                         "program":"REINT","referralDate":"%s","expectedReleaseDate":"%s","vulnerabilities":["NFA"]}"""
                        .formatted(today.minusDays(30), today.plusDays(10))), null, participant),
                new Door("PUT", "/participants/{id}/release-date", coordinator,
                        json("{\"expectedReleaseDate\":\"%s\",\"actualReleaseDate\":null}".formatted(today.plusDays(12))),
                        null, participant),
                new Door("POST", "/participants/{participant}/engagements", coordinator, engagement,
                        participant + "/engagements?max=1", null),
                new Door("PUT", "/participants/{participant}/engagements/{id}/sign-off", coordinator,
                        json("{}"), null, participant + "/engagements/" + engagementId),
                new Door("POST", "/participants/{participant}/appointments", coordinator, appointment,
                        participant + "/appointments?max=1", null),
                new Door("PUT", "/participants/{participant}/appointments/{id}", coordinator, appointment, null,
                        appointmentAt),
                new Door("PUT", "/participants/{participant}/appointments/{id}/outcome", coordinator,
                        json("{\"attendance\":\"ATTENDED\",\"punctuality\":\"LATE\"}"), null, appointmentAt),
                new Door("POST", "/referrals", coordinator, json("""
                        {"source":"PRISON","referrer":"HMP Northgate OMU","receivedOn":"%s","region":"NORTH",
                         "justiceId":"A1234BC","givenName":"Amy","familyName":"Abbott","dateOfBirth":"1990-05-01",
                         "gender":"F","prison":"HMP Northgate","expectedReleaseDate":"%s"}"""
                        .formatted(today.minusDays(2), today.plusDays(40))), V1 + "/referrals?max=1", null),
                new Door("PUT", "/retention", admin, json("{\"months\":96}"), null, V1 + "/retention"),
                new Door("PUT", "/dashboards/service-levels/targets/{measure}", admin,
                        json("{\"greenFrom\":\"80\",\"amberFrom\":\"62.5\"}"), null,
                        V1 + "/dashboards/service-levels/targets"),
                new Door("POST", "/exports", coordinator,
                        json("{\"kind\":\"PARTICIPANT_LIST\",\"format\":\"XLSX\",\"parameters\":{}}"),
                        V1 + "/exports", null));

        Set<String> covered = new TreeSet<>(NO_INPUT);
        for (Door door : doors) {
            covered.add(door.method() + " " + door.path());
            String url = V1 + door.path().replace("{participant}", String.valueOf(person))
                    .replace("{id}", door.path().contains("engagements/{id}") ? String.valueOf(engagementId)
                            : door.path().contains("appointments/{id}") ? String.valueOf(appointmentId)
                            : String.valueOf(person)).replace("{measure}", "MET_AT_GATE");
            Seen seen = door.stateAt() != null ? Seen.of(Api.send(door.user(), "GET", door.stateAt(), null))
                    : new Seen(null, null, count(door.user(), door.countedAt()));
            for (int i = 0; i < TRIES_PER_DOOR; i++) {
                seen = knock(door, url, seen);
            }
        }

        // every other operation of the published contract: odd path ids and query values
        for (String operation : operations()) {
            if (covered.contains(operation)) {
                continue;
            }
            covered.add(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            boolean startsAJob = path.endsWith("/warehouse-load") || path.endsWith("/index/rebuild");
            for (int i = 0; i < TRIES_PER_OPERATION; i++) {
                StringBuilder url = new StringBuilder(V1).append(fill(path, person));
                String separator = "?";
                if (startsAJob) {
                    url.append("?casesPerPage=").append(encode(fuzz.oneOf(BAD_SIZES)))
                            .append("&engagementsPerPage=").append(encode(fuzz.oneOf(BAD_SIZES)))
                            .append("&notesPerChunk=").append(encode(fuzz.oneOf(BAD_SIZES)));
                    separator = "&";
                }
                for (int n = fuzz.below(4); n > 0; n--) {
                    url.append(separator).append(fuzz.oneOf(QUERY_NAMES)).append('=')
                            .append(encode(fuzz.queryValue()));
                    separator = "&";
                }
                String user = path.startsWith("/jobs") || path.startsWith("/search/index") ? sysadmin
                        : fuzz.chance(50) ? coordinator : admin;
                HttpResponse<String> answer = send(user, method, url.toString(), null);
                checkAnswer(method + " " + url, answer);
                if (startsAJob) {
                    expect(answer.statusCode() == 422, "a job started: " + why(url.toString(), answer));
                }
            }
        }
        assertThat(covered).as("every operation of openapi.yaml is knocked on").containsAll(operations());
        assertThat(wrong).as("seed " + fuzz.seed()).isEmpty();
    }

    /** What was read of the door's record (its body and ETag) or of its list (how many) after the last knock. */
    private record Seen(String state, String etag, long count) {

        static Seen of(HttpResponse<String> read) {
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            return new Seen(read.body(), read.headers().firstValue("ETag").orElse(null), 0);
        }
    }

    /**
     * One bad request at the door, and what it must leave behind (each request signs in with HTTP
     * Basic, a deliberately slow password check: one read after each knock, none before).
     */
    private Seen knock(Door door, String url, Seen before) throws Exception {
        byte[] body = fuzz.body(door.example());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", Api.basic(door.user(), TestData.PASSWORD));
        String type = fuzz.chance(85) ? "application/json" : fuzz.oneOf(List.of("text/plain", "application/xml",
                "application/json; charset=ISO-8859-1", "multipart/form-data", "application/x-www-form-urlencoded"));
        request.header("Content-Type", type);
        if (door.method().equals("POST") && fuzz.chance(70)) {
            request.header("Idempotency-Key", fuzz.chance(85) ? UUID.randomUUID().toString() : fuzz.text()
                    .replaceAll("[^\\x21-\\x7e]", "k"));
        }
        if (door.stateAt() != null && fuzz.chance(80)) {
            request.header("If-Match", fuzz.chance(60) && before.etag() != null ? before.etag()
                    : fuzz.oneOf(List.of("*", "\"999999\"", "W/\"0\"", "garbage", "\"-1\"", "\"\"")));
        }
        String what = door.method() + " " + url + " (" + type + ", " + body.length + " bytes) with "
                + preview(new String(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer;
        try {
            answer = http.send(request.method(door.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException lost) {
            // no answer at all is the worst answer: say which request, and the seed that sends it again
            throw new AssertionError("seed " + fuzz.seed() + ": no answer (" + lost + ") to " + what, lost);
        }
        checkAnswer(what, answer);
        if (door.stateAt() != null) {
            Seen after = Seen.of(Api.send(door.user(), "GET", door.stateAt(), null));
            if (answer.statusCode() >= 400) {
                expect(after.state().equals(before.state()), "refused, yet changed: " + why(what, answer));
            }
            return after;
        }
        // 201 Created, or 202 Accepted for an export made in the background
        boolean createdOne = (answer.statusCode() == 201 || answer.statusCode() == 202)
                && answer.headers().firstValue("Idempotent-Replayed").isEmpty();
        long count = count(door.user(), door.countedAt());
        expect(count == before.count() + (createdOne ? 1 : 0),
                "created " + (createdOne ? "nothing" : "something") + ": " + why(what, answer));
        return new Seen(null, null, count);
    }

    /** Never a server error; a refusal is a problem document that tells no internals. */
    private void checkAnswer(String what, HttpResponse<String> answer) {
        expect(answer.statusCode() < 500, "a server error: " + why(what, answer));
        if (answer.statusCode() >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("none");
            expect(type.startsWith("application/problem+json"), "not a problem (" + type + "): " + why(what, answer));
            if (type.startsWith("application/problem+json")) {
                JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
                expect(problem.getInt("status") == answer.statusCode() && !problem.getString("title").isBlank()
                        && !answer.body().contains("Exception") && !answer.body().contains("at org.")
                        && !answer.body().contains("at java."), "a problem that tells internals: " + why(what, answer));
            }
        }
    }

    private String why(String what, HttpResponse<String> answer) {
        return "seed " + fuzz.seed() + ": " + preview(what) + " answered " + answer.statusCode() + " "
                + preview(answer.body());
    }

    private static String preview(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    /** The operations of the contract the application publishes, as "METHOD /path". */
    private List<String> operations() throws Exception {
        String yaml = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/gatehouse/openapi.yaml"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> operations = new ArrayList<>();
        String path = null;
        Matcher line = Pattern.compile("(?m)^  (/\\S*):\\s*$|^    (get|post|put|delete|patch):").matcher(yaml);
        while (line.find()) {
            if (line.group(1) != null) {
                path = line.group(1);
            } else {
                operations.add(line.group(2).toUpperCase() + " " + path);
            }
        }
        assertThat(operations).hasSizeGreaterThan(30);
        return operations;
    }

    /** The path with each parameter a real record (now and then) or an odd value. */
    private String fill(String path, long person) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "format" -> fuzz.oneOf(List.of("pdf", "xlsx", "csv", "exe", "PDF", ""));
                case "measure" -> fuzz.chance(30) ? "MET_AT_GATE" : encode(fuzz.queryValue());
                default -> fuzz.chance(30) ? String.valueOf(person) : fuzz.pathId();
            };
            parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    private HttpResponse<String> send(String user, String method, String url, JsonObject body) throws Exception {
        return Api.send(user, method, url, body == null ? null : body.toString());
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response).getJsonNumber("id").longValue();
    }

    private long count(String user, String url) throws Exception {
        HttpResponse<String> list = Api.send(user, "GET", url, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonStructure read = Json.createReader(new StringReader(list.body())).read();
        return read instanceof JsonObject page ? page.getJsonNumber("total").longValue() : read.asJsonArray().size();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
