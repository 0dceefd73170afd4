package org.gatehouse.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for the screens (cookies kept, redirects not followed), for ITs. */
final class ScreenSession {

    static final String BASE = "http://127.0.0.1:8080/gatehouse";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String language;

    ScreenSession() {
        this(null);
    }

    /** A session whose browser prefers these languages (an Accept-Language value). */
    ScreenSession(String language) {
        this.language = language;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in and submits the sign-in form; returns the response to the submission. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/signin.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no view state on the sign-in page: " + page.statusCode());
        }
        String form = "signin=signin&" + field("signin:username", username) + "&" + field("signin:password", password)
                + "&signin:submit=&" + field("jakarta.faces.ViewState", state.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signOut() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/signout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces the session cookie (to replay an old session id). */
    void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/gatehouse");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(BASE), cookie);
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
