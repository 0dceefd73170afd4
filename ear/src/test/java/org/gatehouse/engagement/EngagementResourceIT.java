package org.gatehouse.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.Api.assertProblem;
import static org.gatehouse.Api.json;
import static org.gatehouse.Api.send;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gatehouse.Api;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.Triangles;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case's engagements over the versioned JSON API, through real HTTP, as the triangle's people. */
@ExtendWith(ArquillianExtension.class)
class EngagementResourceIT {

    private static final String TODAY = LocalDate.now().toString();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(EngagementResourceIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    private Triangles.Triangle triangle;
    private String engagements;
    private String caseWorker;
    private String mentor;

    @BeforeEach
    void aTriangle() {
        triangle = triangles.create("ENGAPI");
        engagements = Api.ROOT + "/v1/participants/" + triangle.mentee().getId() + "/engagements";
        caseWorker = triangle.caseWorker().username();
        mentor = triangle.mentor().username();
    }

    private static String call(String kind, String day) {
        return """
                {"kind":"%s","happenedOn":"%s","startsAt":"18:05:00","durationMinutes":10,"attendance":"ATTENDED",
                 "punctuality":"ON_TIME","attendees":["MENTOR","PARTICIPANT"]}""".formatted(kind, day);
    }

    @Test
    void staffLogOncePerKeyAndReadWithETags() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> logged = send(caseWorker, "POST", engagements, call("PHONE_CALL", TODAY), key);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        JsonObject body = json(logged);
        assertThat(body.getString("kind")).isEqualTo("PHONE_CALL");
        assertThat(body.getString("startsAt")).startsWith("18:05");
        assertThat(body.getBoolean("awaitingSignOff")).isFalse();
        assertThat(body.getString("recordedBy")).isEqualTo(caseWorker);
        String location = logged.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(engagements + "/");
        String etag = logged.headers().firstValue("ETag").orElseThrow();

        // the same request again under the key (the attendees in another order): the first answer
        HttpResponse<String> again = send(caseWorker, "POST", engagements, call("PHONE_CALL", TODAY)
                .replace("[\"MENTOR\",\"PARTICIPANT\"]", "[\"PARTICIPANT\",\"MENTOR\"]"), key);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(assertProblem(send(caseWorker, "POST", engagements, call("MENTOR_MEETING", TODAY), key), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Idempotency-Key");

        HttpResponse<String> page = send(caseWorker, "GET", engagements + "?max=10", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(json(page).getJsonArray("items").getJsonObject(0).getString("kind")).isEqualTo("PHONE_CALL");
        assertProblem(send(caseWorker, "GET", engagements + "?max=0", null), 422);
        HttpResponse<String> one = send(caseWorker, "GET", location, null);
        assertThat(one.headers().firstValue("ETag")).hasValue(etag);
        assertThat(send(caseWorker, "GET", location, null, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

        // bad input, by field, and nothing logged: a record's trace, no attendance, a day before the referral,
        // a body that is not JSON of the shape
        assertThat(assertProblem(send(caseWorker, "POST", engagements, call("CASE_PLAN_AGREED", TODAY)), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
        assertThat(assertProblem(send(caseWorker, "POST", engagements, call("PHONE_CALL", TODAY)
                .replace("\"attendance\":\"ATTENDED\",", "").replace("\"punctuality\":\"ON_TIME\",", "")), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("attendance");
        assertProblem(send(caseWorker, "POST", engagements, call("PHONE_CALL", "2001-01-01")), 422);
        assertProblem(send(caseWorker, "POST", engagements, call("PHONE_CALL", "yesterday")), 400);
        assertThat(json(send(caseWorker, "GET", engagements, null)).getJsonNumber("total").longValue()).isEqualTo(1);

        // another agency's staff find neither the case nor the engagement
        String stranger = TestData.newAgency(agencies, "ENGAPI").user(accounts, agencies, Role.CASE_WORKER);
        assertProblem(send(stranger, "GET", engagements, null), 404);
        assertProblem(send(stranger, "GET", location, null), 404);
        assertProblem(send(stranger, "POST", engagements, call("PHONE_CALL", TODAY)), 404);
        // the engagement under another case's address is not found either
        long other = triangles.another(triangle, "ENGAPI-2").getId();
        assertProblem(send(caseWorker, "GET", location.replace("/participants/" + triangle.mentee().getId(),
                "/participants/" + other), null), 404);
        // the mentor reaches their mentee's engagements only: another case's, of the same agency, are not found
        String othersEngagements = Api.ROOT + "/v1/participants/" + other + "/engagements";
        HttpResponse<String> theirs = send(caseWorker, "POST", othersEngagements, call("PHONE_CALL", TODAY));
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        assertThat(send(mentor, "GET", location, null).statusCode()).isEqualTo(200);
        assertProblem(send(mentor, "GET", othersEngagements, null), 404);
        assertProblem(send(mentor, "GET", theirs.headers().firstValue("Location").orElseThrow(), null), 404);
    }

    @Test
    void aMentorsLogIsSignedOffAsOfItsETag() throws Exception {
        HttpResponse<String> logged = send(mentor, "POST", engagements, call("MENTOR_MEETING", TODAY));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(json(logged).getBoolean("awaitingSignOff")).isTrue();
        String location = logged.headers().firstValue("Location").orElseThrow();
        String etag = logged.headers().firstValue("ETag").orElseThrow();
        String signOff = location + "/sign-off";

        assertProblem(send(mentor, "PUT", signOff, null, Map.of("If-Match", etag)), 403);
        assertProblem(send(caseWorker, "PUT", signOff, null), 428);
        assertProblem(send(caseWorker, "PUT", signOff, null, Map.of("If-Match", "\"99\"")), 412);
        assertProblem(send(caseWorker, "PUT", signOff, null, Map.of("If-Match", "W/" + etag)), 412);
        HttpResponse<String> signed = send(caseWorker, "PUT", signOff, null, Map.of("If-Match", etag));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(json(signed).getBoolean("awaitingSignOff")).isFalse();
        String signedTag = signed.headers().firstValue("ETag").orElseThrow();
        assertThat(signedTag).isNotEqualTo(etag);
        // once is enough
        assertThat(assertProblem(send(caseWorker, "PUT", signOff, null, Map.of("If-Match", signedTag)), 422)
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("engagement");
    }
}
