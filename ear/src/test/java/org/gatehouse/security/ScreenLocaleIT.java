package org.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.TestData.TestAgency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screens follow the browser's language (faces-config.xml): the page says which it is written in
 * ({@code lang}), and dates are written as that locale writes them; a language the application does
 * not offer gets British English. Over real HTTP, as a signed-in case worker.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenLocaleIT {

    private static final Pattern LANG = Pattern.compile("<html lang=\"([^\"]+)\"");
    private static final Pattern RELEASE = Pattern.compile("id=\"release\">([^<]+)<");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ScreenLocaleIT.class, ScreenSession.class);
    }

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private Accounts accounts;

    @Inject
    private ParticipantRegistry participants;

    @Test
    void theCasePageIsWrittenInTheBrowsersLocale() throws Exception {
        TestAgency agency = TestData.newAgency(agencies, "LOC");
        String user = agency.user(accounts, agencies, Role.CASE_WORKER);
        // expected release 1 March 2026 (TestData.participant)
        Participant p = runAs(agency.as(Role.CASE_WORKER),
                () -> participants.register(TestData.participant("LOC-1", "Lin", "Locale")));
        String casePage = "/case.xhtml?id=" + p.getId();

        assertThat(page(user, "en-GB,en;q=0.8", casePage)).containsExactly("en-GB", "1 Mar 2026");
        assertThat(page(user, "en-US,en;q=0.9", casePage)).containsExactly("en-US", "Mar 1, 2026");
        assertThat(page(user, "fr-FR,fr;q=0.9", casePage)).containsExactly("en-GB", "1 Mar 2026");
        assertThat(page(user, null, casePage)).containsExactly("en-GB", "1 Mar 2026");
        // a header no browser would send: the page still comes, in one of the offered locales (British
        // English where nothing in it is one), never an error page
        assertThat(page(user, ";q=oops,,", casePage)).containsExactly("en-GB", "1 Mar 2026");
        assertThat(page(user, "x".repeat(300), casePage)).containsExactly("en-GB", "1 Mar 2026");
        for (String odd : new String[] {"en-US;q=2", "*", "en_US", "en-US;q=", "zz-ZZ;q=0.5, en-AU"}) {
            assertThat(page(user, odd, casePage)[0]).as(odd).isIn("en-GB", "en-US", "en-AU", "en-IE");
        }
    }

    /** The page's language and its release date, as a browser preferring {@code language} gets them. */
    private static String[] page(String user, String language, String path) throws Exception {
        ScreenSession browser = new ScreenSession(language);
        assertThat(browser.signIn(user, TestData.PASSWORD).statusCode()).isEqualTo(302);
        String body = browser.get(path).body();
        return new String[] {found(LANG, body), found(RELEASE, body).strip()};
    }

    private static String found(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
