package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gatehouse.Deployments;
import org.gatehouse.Fuzz;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.referral.Referral;
import org.gatehouse.referral.ReferralDesk;
import org.gatehouse.referral.ReferralDetails;
import org.gatehouse.referral.ReferralSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Script typed into any text field (names, prison, a referrer, a case note) is shown on every
 * screen as the text it is and never runs: no page holds it as markup (stored XSS). The scripts are
 * drawn from {@link Fuzz#SCRIPTS} at random; each page must show at least one of them escaped, so
 * that a page that dropped the values could not pass.
 */
@ExtendWith(ArquillianExtension.class)
class StoredScriptIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(StoredScriptIT.class, ScreenSession.class, Fuzz.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CaseNotes notes;

    @Inject
    private ReferralDesk referrals;

    private final Fuzz fuzz = new Fuzz();

    private String script() {
        return fuzz.oneOf(Fuzz.SCRIPTS.stream().filter(s -> s.contains("<")).toList());
    }

    @Test
    void scriptInEveryTextFieldIsShownAsTextOnEveryScreen() throws Exception {
        TestData.TestAgency agency = TestData.newAgency(agencies, "XSS");
        Caller coordinator = agency.as(Role.COORDINATOR);
        List<String> typed = new ArrayList<>();
        String given = script();
        String family = script();
        String prison = script();
        typed.addAll(List.of(given, family, prison));
        LocalDate today = LocalDate.now();
        Participant person = runAs(coordinator, () -> registry.register(new ParticipantDetails("XSS-1", "A1234BC", given,
                family, LocalDate.of(1990, 5, 1), Gender.F, null, "NORTH", prison, "REINT", today.minusDays(30),
                today.plusDays(10), null, Set.of(Vulnerability.NFA), null, null)));
        String note = "Housing visit " + script() + " went well";
        typed.add(note);
        runAs(coordinator, () -> notes.write(person.getId(), note, Pathway.ACCOMMODATION, Sensitivity.NORMAL));
        String referrer = script();
        String referred = script();
        typed.addAll(List.of(referrer, referred));
        Referral referral = runAs(coordinator, () -> referrals.receive(new ReferralDetails(ReferralSource.PRISON,
                referrer, today, "NORTH", "B2345CD", referred, "Referred", LocalDate.of(1985, 2, 3), Gender.M,
                "HMP Northgate", today.plusDays(40))));

        ScreenSession browser = new ScreenSession();
        String user = agency.user(accounts, agencies, Role.COORDINATOR);
        assertThat(browser.signIn(user, TestData.PASSWORD).statusCode()).isEqualTo(302);
        for (String page : List.of("/index.xhtml", "/participants.xhtml", "/case.xhtml?id=" + person.getId(),
                "/participant.xhtml?id=" + person.getId(), "/referrals.xhtml", "/referral.xhtml?id=" + referral.getId(),
                "/search.xhtml?q=" + URLEncoder.encode("housing", StandardCharsets.UTF_8),
                "/search.xhtml?q=" + URLEncoder.encode(script(), StandardCharsets.UTF_8),
                "/participants.xhtml?name=" + URLEncoder.encode(script(), StandardCharsets.UTF_8))) {
            HttpResponse<String> shown = browser.get(page);
            String why = "seed " + fuzz.seed() + ", " + page;
            assertThat(shown.statusCode()).as(why).isEqualTo(200);
            for (String text : typed) {
                assertThat(shown.body()).as(why).doesNotContain(text.substring(text.indexOf('<')));
            }
            // as markup (the text shown escaped, &lt;svg onload=..., is harmless)
            assertThat(shown.body()).as(why).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("<svg onload").doesNotContain("<iframe src=javascript").contains("&lt;");
        }
    }
}
