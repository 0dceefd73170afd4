package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation suite: every page and API endpoint, tried by every role of the owning agency, of
 * another agency, and by the agency-less roles. Allowed callers get in; everyone else is refused
 * and no response leaks the record (name, reference or id). Each new screen or endpoint adds its
 * rows here.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationIT {

    private static final Set<Role> ALL = Set.of(Role.values());
    private static final Set<Role> CASE_STAFF = Set.of(Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR);
    private static final Set<Role> CASE_EDITORS = Set.of(Role.COORDINATOR, Role.CASE_WORKER);

    /** A page, and the roles the container lets in (the services narrow further). */
    private record Page(String path, Set<Role> allowed) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("/index.xhtml", ALL),
            new Page("/password.xhtml", ALL),
            new Page("/participants.xhtml", CASE_STAFF),
            new Page("/participant.xhtml?id=%d", CASE_STAFF),
            new Page("/import.xhtml", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR)),
            new Page("/restriction.xhtml?id=%d", Set.of(Role.AGENCY_ADMIN, Role.COORDINATOR)),
            new Page("/users.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/audit.xhtml", Set.of(Role.AGENCY_ADMIN)),
            new Page("/agencies.xhtml", Set.of(Role.SYSTEM_ADMIN)));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(IsolationIT.class, ScreenSession.class, Page.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestAgency owner;
    private Map<Role, String> ownUsers;
    private Map<Role, String> otherUsers;
    private Participant secret;

    @BeforeEach
    void twoAgenciesAndAParticipant() {
        owner = TestData.newAgency(agencies, "ISO");
        TestAgency other = TestData.newAgency(agencies, "ISO");
        ownUsers = usersOf(owner);
        otherUsers = usersOf(other);
        String suffix = owner.code().toLowerCase();
        accounts.create("sysadmin." + suffix, "Sys", null, null, Set.of(Role.SYSTEM_ADMIN), TestData.PASSWORD, false);
        accounts.create("commissioner." + suffix, "Com", null, null, Set.of(Role.COMMISSIONER), TestData.PASSWORD,
                false);
        secret = runAs(owner.as(Role.COORDINATOR),
                () -> registry.register(TestData.participant("ISO-SECRET-1", "Zebedee", "Quarrington")));
    }

    private Map<Role, String> usersOf(TestAgency agency) {
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role.isAgencyScoped()) {
                users.put(role, agency.user(accounts, agencies, role));
            }
        }
        return users;
    }

    @Test
    void everyPageLetsInOnlyItsRolesAndShowsOnlyTheOwnAgencysRecords() throws Exception {
        String suffix = owner.code().toLowerCase();
        Map<String, Role> callers = new java.util.LinkedHashMap<>();
        ownUsers.forEach((role, user) -> callers.put(user, role));
        otherUsers.forEach((role, user) -> callers.put(user, role));
        callers.put("sysadmin." + suffix, Role.SYSTEM_ADMIN);
        callers.put("commissioner." + suffix, Role.COMMISSIONER);
        for (Map.Entry<String, Role> caller : callers.entrySet()) {
            boolean ownAgency = ownUsers.containsValue(caller.getKey());
            ScreenSession browser = new ScreenSession();
            assertThat(browser.signIn(caller.getKey(), TestData.PASSWORD).statusCode()).as(caller.getKey())
                    .isEqualTo(302);
            for (Page page : PAGES) {
                String path = page.path().formatted(secret.getId());
                HttpResponse<String> response = browser.get(path);
                String what = caller.getKey() + " " + path;
                if (page.allowed().contains(caller.getValue())) {
                    assertThat(response.statusCode()).as(what).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                }
                boolean mayReadCase = ownAgency && CASE_EDITORS.contains(caller.getValue());
                // an agency administrator restricting a record sees its reference, never the person
                boolean maySeeReference = mayReadCase || (ownAgency && path.startsWith("/restriction")
                        && page.allowed().contains(caller.getValue()));
                if (!mayReadCase) {
                    assertThat(response.body()).as(what).doesNotContain("Quarrington").doesNotContain("Zebedee");
                }
                if (!maySeeReference) {
                    assertThat(response.body()).as(what).doesNotContain("ISO-SECRET-1");
                }
            }
        }
    }

    @Test
    void everyApiEndpointLetsInOnlyItsRolesAndLeaksNothing() throws Exception {
        String suffix = owner.code().toLowerCase();
        String body = """
                {"externalRef":"ISO-NEW","justiceId":"A1234BC","givenName":"Amy","familyName":"Abbott",
                 "dateOfBirth":"1990-05-01","gender":"F","region":"NORTH","prison":"HMP Northgate","program":"REINT",
                 "referralDate":"2026-01-10","expectedReleaseDate":"2026-03-01"}""";
        String one = "/participants/" + secret.getId();
        for (Role role : Role.values()) {
            List<String> users = role.isAgencyScoped() ? List.of(ownUsers.get(role), otherUsers.get(role))
                    : List.of((role == Role.SYSTEM_ADMIN ? "sysadmin." : "commissioner.") + suffix);
            for (String user : users) {
                boolean own = ownUsers.containsValue(user);
                boolean staff = CASE_STAFF.contains(role);
                boolean editor = CASE_EDITORS.contains(role);
                HttpResponse<String> list = api(user, "GET", "/participants", null);
                HttpResponse<String> get = api(user, "GET", one, null);
                HttpResponse<String> put = api(user, "PUT", one, body.replace("ISO-NEW", "ISO-SECRET-1")
                        .replace("Amy", "Zebedee").replace("Abbott", "Quarrington")
                        .replace("HMP Northgate", "HMP " + role).replace("{", "{\"version\":" + secret.getVersion() + ","));
                HttpResponse<String> post = api(user, "POST", "/participants",
                        body.replace("ISO-NEW", "ISO-NEW-" + role + "-" + own));

                assertThat(list.statusCode()).as(user + " list").isEqualTo(staff ? 200 : 403);
                if (staff && !(own && editor)) {
                    // another agency's staff, or a mentor who is not the person's mentor
                    assertThat(list.body()).as(user + " list").doesNotContain("ISO-SECRET-1")
                            .doesNotContain("Quarrington");
                }
                assertThat(get.statusCode()).as(user + " get").isEqualTo(own && editor ? 200 : staff ? 404 : 403);
                assertThat(put.statusCode()).as(user + " put").isEqualTo(own && editor ? 200 : editor ? 404 : 403);
                assertThat(post.statusCode()).as(user + " post").isEqualTo(editor ? 201 : 403);
                for (HttpResponse<String> refused : List.of(list, get, put, post)) {
                    if (refused.statusCode() >= 400) {
                        assertThat(refused.body()).as(user).doesNotContain("Quarrington")
                                .doesNotContain("ISO-SECRET-1").doesNotContain(secret.getId() + ",")
                                .doesNotContain("Exception");
                    }
                }
                if (own && editor) {
                    secret = runAs(owner.as(Role.COORDINATOR), () -> registry.participant(secret.getId()));
                }
            }
        }
    }

    private HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ScreenSession.BASE + "/api" + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
