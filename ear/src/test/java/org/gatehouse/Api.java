package org.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The application's JSON API over real HTTP, signed in with HTTP Basic as a test user. */
public final class Api {

    /** The API's root on the test server. */
    public static final String ROOT = "http://127.0.0.1:8080/gatehouse/api";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    /** {@code method uri} as the user (password {@link TestData#PASSWORD}); a JSON body when not null. */
    public static HttpResponse<String> send(String user, String method, String uri, String body) throws Exception {
        return send(user, method, uri, body, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with more headers (a {@code Content-Type} of another body). */
    public static HttpResponse<String> send(String user, String method, String uri, String body,
                                            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json")
                .header("Authorization", basic(user, TestData.PASSWORD));
        headers.forEach(request::header);
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET uri} as the user, accepting the given media types (a download: {@code text/csv}). */
    public static HttpResponse<String> get(String user, String uri, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept)
                .header("Authorization", basic(user, TestData.PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The Authorization header's value for these credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Checks the response is an RFC 9457 problem of that status, with no stack trace; the problem. */
    public static JsonObject assertProblem(HttpResponse<String> response, int status) {
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
