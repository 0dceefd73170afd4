package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agency administrator's data-retention page: the period is refused below two years and saved
 * above; a subject-access export of a demo case is downloaded by its reference, and an unknown
 * reference is told so on the page.
 */
@ExtendWith(ArquillianExtension.class)
class DataRetentionBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "agency_admin.nrm";
    }

    @Test
    void theRetentionPeriodIsSetAndAPersonsFileIsExported() throws Exception {
        click("nav:menu-retention");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule:months")));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("cases de-identified so far");

        type("rule:months", "6");
        click("rule:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule:messages"), "24-600"));
        type("rule:months", "96");
        click("rule:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule:messages"), "kept 96 months"));
        Browser.screenshot(driver, "data-retention");

        type("access:reference", "NRM-999999");
        click("access:download");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("access:messages"), "no case of the agency"));

        type("access:reference", "NRM-000001");
        click("access:download");
        Path json = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> finished(downloads, ".json"));
        String file = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(file).startsWith("{\"participantId\":").contains("\"external_ref\":\"NRM-000001\"")
                .contains("\"auditTrail\"");
        // put the demo's period back for the other browser tests
        type("rule:months", "84");
        click("rule:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule:messages"), "kept 84 months"));
    }
}
