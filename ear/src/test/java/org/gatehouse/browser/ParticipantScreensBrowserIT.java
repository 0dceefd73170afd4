package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A user creates a participant through the screen (seeing the validation messages first) and finds
 * it in the list. Runs against the demo data the server loads in the browser profile.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantScreensBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void createsAParticipantAndFindsItInTheList() {
        String ref = "BR-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String familyName = "Quokka" + ref.substring(3);

        driver.get(Browser.BASE + "participant.xhtml");
        click("participant:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participant:messages"),
                "correct the fields"));
        assertThat(driver.getPageSource()).contains("Given name is required").contains("Date of birth is required");
        Browser.screenshot(driver, "participant-validation");

        type("participant:external_ref", ref);
        type("participant:justice_id", "J" + ref.substring(3));
        type("participant:given_name", "Quinn");
        type("participant:family_name", familyName);
        date("participant:date_of_birth", "1991-04-05");
        choose("participant:gender", "Female");
        choose("participant:region", "North");
        type("participant:prison", "HMP Northgate");
        choose("participant:program", "Through the Gate");
        date("participant:referral_date", "2026-01-12");
        date("participant:expected_release_date", "2026-03-02");
        click("participant:save");

        wait.until(ExpectedConditions.urlContains("participants.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Saved Quinn " + familyName));

        WebElement nameFilter = driver.findElement(By.cssSelector("[id='list:participants:name:filter']"));
        nameFilter.sendKeys(familyName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:participants"), ref));
        wait.until(d -> d.findElements(By.cssSelector("[id='list:participants_data'] tr")).size() == 1);
        assertThat(driver.findElement(By.id("list:participants_data")).getText())
                .contains(familyName + ", Quinn").contains(ref).contains("Through the Gate").contains("North");
        Browser.screenshot(driver, "participant-list-filtered");

        // the same person entered again under another reference: shown as a possible duplicate first
        driver.get(Browser.BASE + "participant.xhtml");
        type("participant:external_ref", ref + "-B");
        type("participant:justice_id", "K" + ref.substring(3));
        type("participant:given_name", "quinn");
        type("participant:family_name", familyName.toUpperCase());
        date("participant:date_of_birth", "1991-04-05");
        choose("participant:gender", "Female");
        choose("participant:region", "North");
        type("participant:prison", "HMP Riverside");
        choose("participant:program", "Through the Gate");
        date("participant:referral_date", "2026-01-12");
        date("participant:expected_release_date", "2026-03-02");
        click("participant:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("participant:duplicates")));
        assertThat(driver.findElement(By.id("participant:duplicates")).getText()).contains(ref)
                .contains(familyName + ", Quinn");
        Browser.screenshot(driver, "participant-possible-duplicate");
        click("participant:save_anyway");
        wait.until(ExpectedConditions.urlContains("participants.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "(" + ref + "-B)"));
    }
}
