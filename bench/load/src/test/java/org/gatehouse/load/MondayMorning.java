package org.gatehouse.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Monday morning: agency staff, each with a session of their own, sign in and work through the
 * screens as a browser would (plain HTTP, Faces forms and PrimeFaces ajax posts built by hand):
 * the home worklist, a case from it, an engagement logged and a note added on that case, a note
 * search, a dashboard; a few seconds' thought between steps. Users are spread over the agencies'
 * case workers and coordinators. System properties: base, users, seconds, ramp, password,
 * agencies (comma-separated codes), think (a user waits 1 s to this many seconds between steps, default 10).
 */
public class MondayMorning extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8080/gatehouse");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final Duration WORK = Duration.ofSeconds(Long.getLong("seconds", 300));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 30));
    private static final int THINK = Integer.getInteger("think", 10);
    private static final String PASSWORD = System.getProperty("password", "walk-the-gatehouse-path");
    private static final List<String> AGENCIES = List.of(System.getProperty("agencies", "nrm,tgt").split(","));
    private static final List<String> ROLES = List.of("case_worker", "coordinator");
    private static final List<String> WORDS = List.of("housing", "GP", "methadone", "hostel", "Jobcentre",
            "\"Universal Credit\"", "hous*");
    private static final List<String> KINDS = List.of("PHONE_CALL", "MENTOR_MEETING", "SUPERVISION", "GROUP_SESSION");
    private static final List<String> DASHBOARDS = List.of("/service-levels.xhtml", "/reoffending.xhtml");

    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String AJAX_VIEW_STATE = "jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";
    private static final String CASE_LINK = "href=\"/gatehouse/case\\.xhtml\\?id=(\\d+)\"";
    /** Every page a signed-in user sees has the sign-out form (a page that sent them to sign in has not). */
    private static final String SIGNED_IN = "action=\"/gatehouse/signout\"";

    private final AtomicInteger next = new AtomicInteger();
    /** Each user an account of one agency and role, round the agencies first. */
    private final Iterator<Map<String, Object>> accounts = Stream.generate(() -> {
        int n = next.getAndIncrement();
        String agency = AGENCIES.get(n % AGENCIES.size());
        String role = ROLES.get(n / AGENCIES.size() % ROLES.size());
        return Map.<String, Object>of("username", role + "." + agency);
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("en-GB")
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .userAgentHeader("Gatehouse load benchmark")
            .disableCaching();

    private static final ChainBuilder SIGN_IN = exec(
            http("sign-in page").get("/signin.xhtml").check(regex(VIEW_STATE).saveAs("viewState")),
            http("sign in").post("/signin.xhtml")
                    .formParam("signin", "signin")
                    .formParam("signin:username", "#{username}")
                    .formParam("signin:password", PASSWORD)
                    .formParam("signin:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    // the redirect to the home page is followed: this is the sign-in as the user waits for it
                    .check(substring(SIGNED_IN)));

    private static final ChainBuilder WORK_ONE_CASE = exec(
            http("home worklist").get("/index.xhtml")
                    .check(substring(SIGNED_IN), regex(CASE_LINK).findAll().optional().saveAs("caseIds")))
            .doIf(session -> !session.contains("caseIds")).then(
                    // an empty worklist: a case from the participant list instead
                    exec(http("participant list").get("/participants.xhtml")
                            .check(regex(CASE_LINK).findAll().saveAs("caseIds"))))
            .exec(session -> {
                List<String> ids = session.getList("caseIds");
                return session.set("caseId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                        .remove("caseIds");
            })
            .pause(1, THINK)
            .exec(http("case page").get("/case.xhtml?id=#{caseId}")
                    .check(substring(SIGNED_IN), substring("id=\"name\""), regex(VIEW_STATE).saveAs("viewState")))
            .pause(1, THINK)
            .exec(session -> session.set("kind", pick(KINDS)).set("today", LocalDate.now().toString()))
            .exec(ajax("log an engagement", "case:record_engagement")
                    .formParam("case:engagement_kind_input", "#{kind}")
                    .formParam("case:engagement_on_input", "#{today}")
                    .formParam("case:engagement_at_input", "10:30")
                    .formParam("case:engagement_minutes_input", "30")
                    .formParam("case:engagement_minutes_hinput", "30")
                    .formParam("case:engagement_attendance", "ATTENDED")
                    .formParam("case:engagement_punctuality", "ON_TIME")
                    .formParam("case:engagement_attendees", "PARTICIPANT")
                    .formParam("case:engagement_attendees", "CASE_WORKER")
                    .check(regex("ui-messages-info-summary\">[^<]* recorded\\.<")))
            .pause(1, THINK)
            .exec(ajax("add a note", "case:save_note")
                    .formParam("case:note_body", "Load benchmark: talked through housing options and the next "
                            + "appointment at the Jobcentre; GP registration still to do.")
                    .formParam("case:note_pathway_input", "ACCOMMODATION")
                    .formParam("case:note_sensitivity_input", "NORMAL")
                    .check(substring("Note saved.")))
            .pause(1, THINK)
            .exec(session -> session.set("words", pick(WORDS)).set("dashboard", pick(DASHBOARDS)))
            .exec(http("search notes").get("/search.xhtml").queryParam("q", "#{words}")
                    .check(substring(SIGNED_IN), regex("id=\"summary\"")))
            .pause(1, THINK)
            .exec(http("dashboard").get("#{dashboard}").check(substring(SIGNED_IN)))
            .pause(1, THINK);

    private final ScenarioBuilder staff = scenario("agency staff")
            .feed(accounts)
            .exec(SIGN_IN)
            .during(WORK).on(WORK_ONE_CASE);

    {
        setUp(staff.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("home worklist").responseTime().percentile(95.0).lte(200),
                        details("case page").responseTime().percentile(95.0).lte(200),
                        details("search notes").responseTime().percentile(95.0).lte(200),
                        details("dashboard").responseTime().percentile(95.0).lte(200),
                        details("log an engagement").responseTime().percentile(95.0).lte(300),
                        details("add a note").responseTime().percentile(95.0).lte(300));
    }

    /** A PrimeFaces ajax post of the case page's form, as its button sends it; keeps the view state it answers. */
    private static HttpRequestActionBuilder ajax(String name, String button) {
        return http(name).post("/case.xhtml?id=#{caseId}")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", button)
                .formParam("jakarta.faces.partial.execute", "@all")
                .formParam("jakarta.faces.partial.render", "case")
                .formParam(button, button)
                .formParam("case", "case")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), regex(AJAX_VIEW_STATE).saveAs("viewState"));
    }

    private static String pick(List<String> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }
}
