package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator takes a referral through intake to enrolment and sees the case's milestones on its
 * page; the home page's worklist shows the referral while it awaits intake, then the case releasing soon.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralToEnrolmentBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void aReferralIsTakenInAcceptedAndItsCaseShowsTheMilestonesAndTheWorklist() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String familyName = "Wombat" + n;
        LocalDate today = LocalDate.now();

        driver.get(Browser.BASE + "referral.xhtml");
        // a date that is not one is named, not silently dropped
        date("referral:received_on", "2026-02-31x");
        click("referral:receive");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"), "Received on"));
        // refused by the form itself, before anything reaches the service
        assertThat(driver.findElement(By.id("referral:messages")).getText()).doesNotContain("Not recorded");
        Browser.screenshot(driver, "referral-bad-date");
        date("referral:received_on", "");
        click("referral:receive");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"),
                "Given name is required"));
        choose("referral:source", "Prison");
        type("referral:referrer", "Offender management unit, HMP Northgate");
        date("referral:received_on", today.minusDays(3).toString());
        choose("referral:region", "North");
        type("referral:given_name", "Willa");
        type("referral:family_name", familyName);
        date("referral:date_of_birth", "1985-06-15");
        choose("referral:gender", "Female");
        type("referral:justice_id", "W" + n);
        type("referral:prison", "Southbank Women's Prison");
        date("referral:expected_release_date", today.plusDays(10).toString());
        click("referral:receive");

        wait.until(ExpectedConditions.urlContains("referral.xhtml?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"),
                "13 days before the expected release"));
        String referralPage = driver.getCurrentUrl();

        driver.get(Browser.BASE + "index.xhtml");
        assertThat(Integer.parseInt(driver.findElement(By.id("count-intake")).getText())).isPositive();
        driver.findElement(By.linkText(familyName + ", Willa")).click();
        wait.until(ExpectedConditions.urlToBe(referralPage));
        assertThat(driver.findElement(By.id("intake_state")).getText()).isEqualTo("Not done yet.");

        driver.findElement(By.xpath("//label[text()='No fixed abode']")).click();
        driver.findElement(By.xpath("//label[text()='Domestic abuse']")).click();
        click("referral:save_intake");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"), "Intake saved."));

        // accepting without consent is refused, and says why
        choose("referral:program", "Re-integration", "Re-integration mentoring");
        click("referral:accept");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"),
                "consent to mentoring"));

        choose("referral:consent_scope", "Mentoring");
        date("referral:consent_on", today.toString());
        click("referral:give_consent");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral:messages"),
                "Consent recorded."));
        Browser.screenshot(driver, "referral-intake");

        choose("referral:program", "Re-integration", "Re-integration mentoring");
        click("referral:accept");
        wait.until(ExpectedConditions.urlContains("case.xhtml?id="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "is enrolled in Re-integration mentoring (women's stream)"));
        assertThat(driver.findElement(By.id("name")).getText()).isEqualTo("Willa " + familyName);
        assertThat(driver.findElement(By.id("phase")).getText()).isEqualTo("PRE_RELEASE");
        String milestones = driver.findElement(By.id("case:milestones")).getText();
        // the page writes dates as the browser's locale (en-GB) does
        String firstOpens = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK)
                .format(today.plusDays(10 - 14));
        assertThat(milestones).contains("Mentor meets the mentee in prison").contains("Case plan for release agreed")
                .contains("Orientation session at the office").contains(firstOpens);
        String casePage = driver.getCurrentUrl();
        Browser.screenshot(driver, "case-milestones");

        driver.get(Browser.BASE + "index.xhtml");
        assertThat(Integer.parseInt(driver.findElement(By.id("count-releases")).getText())).isPositive();
        String releases = driver.findElement(By.id("home:releases-table")).getText();
        assertThat(releases).contains("Willa " + familyName).contains("Case plan for release agreed");
        assertThat(driver.findElement(By.id("home:overdue-table")).getText()).contains("Willa " + familyName)
                .contains("Mentor meets the mentee in prison");
        Browser.screenshot(driver, "home-worklist");
        driver.findElement(By.cssSelector("[id='home:releases-table'] a[href*='id=" + casePage.replaceAll(".*id=", "")
                + "']")).click();
        wait.until(ExpectedConditions.urlContains(casePage.replaceAll(".*/", "")));
    }
}
