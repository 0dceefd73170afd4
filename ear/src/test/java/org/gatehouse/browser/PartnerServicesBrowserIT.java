package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator adds a partner service to the directory, then refers a participant to it: refused
 * until the person's consent to share with that partner is recorded, then followed to its next step.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerServicesBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void aCoordinatorAddsAServiceAndRefersAParticipantWithTheirConsent() {
        String name = "Harbourlight" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        driver.get(Browser.BASE + "partners.xhtml");
        String region = driver.findElements(By.cssSelector("[id='partners:service_region_input'] option")).get(1)
                .getAttribute("textContent").strip();
        choose("partners:service_region", region.split(" ")[0], region);
        type("partners:service_name", name + " Housing");
        choose("partners:service_kind", "Housing");
        type("partners:service_email", "not-an-address");
        click("partners:save_service");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners:messages"),
                "is not an e-mail address"));
        assertThat(driver.findElement(By.id("partners:service_name")).getAttribute("value")).isEqualTo(name + " Housing");
        type("partners:service_email", "intake@harbourlight.example");
        click("partners:save_service");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partners:services"), name));
        Browser.screenshot(driver, "partner-directory");

        driver.get(Browser.BASE + "participants.xhtml");
        driver.findElement(By.cssSelector("[id='list:participants_data'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:partner-referrals")));
        String label = name + " Housing (Housing, " + region + ")";
        choose("case:referral_service", name, label);
        type("case:referral_reason", "A bed for the first nights");
        click("case:refer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "consent to share"));

        choose("case:consent_scope", "Sharing", "Sharing information with a named partner");
        type("case:consent_partner", name + " Housing");
        date("case:consent_on", LocalDate.now().toString());
        click("case:give_consent");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Consent recorded"));

        choose("case:referral_service", name, label);
        type("case:referral_reason", "A bed for the first nights");
        click("case:refer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Referred to " + name));
        String row = "//*[@id='case:partner-referrals']//tr[td[contains(.,'" + name + "')]]";
        String next = driver.findElement(By.xpath(row + "//*[contains(@id,'referral_next_label')]")).getAttribute("id")
                .replace("_label", "");
        choose(next, "Accepted", "Accepted by the service");
        driver.findElement(By.xpath(row + "//button[contains(@id,'move_referral')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"),
                "Accepted by the service"));
        assertThat(driver.findElement(By.id("case:partner-referrals")).getText()).contains("Accepted by the service");
        Browser.screenshot(driver, "case-partner-referral");
    }
}
