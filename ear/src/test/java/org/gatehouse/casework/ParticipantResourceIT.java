package org.gatehouse.casework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant REST resource over real HTTP: JSON in and out, RFC 9457 problem bodies for errors. */
@ExtendWith(ArquillianExtension.class)
class ParticipantResourceIT {

    private static final String API = "http://127.0.0.1:8080/gatehouse/api/participants";
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

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createsReadsAndRevisesOverJson() throws Exception {
        String agency = TestData.newAgency(agencies, "API");

        HttpResponse<String> created = send("POST", API + "?agency=" + agency, VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject body = json(created);
        assertThat(body.getString("familyName")).isEqualTo("Abbott");
        assertThat(body.getString("dateOfBirth")).isEqualTo("1990-05-01");
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> read = send("GET", location, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).getString("externalRef")).isEqualTo("API-1");
        assertThat(json(read).getJsonArray("vulnerabilities").getString(0)).isEqualTo("NFA");

        long id = body.getJsonNumber("id").longValue();
        long version = body.getJsonNumber("version").longValue();
        String revised = VALID.replace("HMP Northgate", "HMP Riverside").replace("{", "{\"version\":" + version + ",");
        HttpResponse<String> put = send("PUT", API + "/" + id + "?agency=" + agency, revised);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).getString("prison")).isEqualTo("HMP Riverside");

        // the same old version again: someone else's change would be lost
        HttpResponse<String> stale = send("PUT", API + "/" + id + "?agency=" + agency, revised);
        assertProblem(stale, 409);

        HttpResponse<String> list = send("GET", API + "?agency=" + agency + "&name=abb", null);
        assertThat(json(list).getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsA400ProblemBody() throws Exception {
        String agency = TestData.newAgency(agencies, "API");

        assertProblem(send("POST", API + "?agency=" + agency, "{\"externalRef\": "), 400);
        assertProblem(send("POST", API + "?agency=" + agency, "[1,2,3]"), 400);
        assertProblem(send("POST", API + "?agency=" + agency, VALID.replace("1990-05-01", "not a date")), 400);
        assertProblem(send("POST", API + "?agency=" + agency, VALID.replace("\"F\"", "\"Q\"")), 400);
        assertThat(json(send("GET", API + "?agency=" + agency, null)).getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void invalidDetailsAre422WithEachField() throws Exception {
        String agency = TestData.newAgency(agencies, "API");

        HttpResponse<String> response = send("POST", API + "?agency=" + agency,
                VALID.replace("\"Amy\"", "\"\"").replace("REINT", "NOPE"));

        JsonObject problem = assertProblem(response, 422);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("given_name", "program");
    }

    @Test
    void anotherAgencysParticipantIs404AndLeaksNothing() throws Exception {
        String mine = TestData.newAgency(agencies, "API");
        String theirs = TestData.newAgency(agencies, "API");
        long id = json(send("POST", API + "?agency=" + theirs, VALID)).getJsonNumber("id").longValue();

        HttpResponse<String> response = send("GET", API + "/" + id + "?agency=" + mine, null);

        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("Abbott").doesNotContain("API-1").doesNotContain(theirs);
    }

    private HttpResponse<String> send(String method, String uri, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }
}
