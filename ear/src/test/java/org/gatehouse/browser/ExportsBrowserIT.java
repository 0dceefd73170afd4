package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator has the agency's participant list made in the background and downloads it from
 * My exports; then opens the cases behind a line of the agency's own reoffending dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void theParticipantListIsMadeInTheBackgroundAndDownloadedFromMyExports() throws Exception {
        click("nav:menu-participants");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:xlsx")));
        click("list:xlsx");
        wait.until(ExpectedConditions.urlContains("exports.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Being made in the background"));
        // the list refreshes itself until the file is made
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                ExpectedConditions.elementToBeClickable(By.id("exports:table:0:download")));
        assertThat(driver.findElement(By.cssSelector("[id='exports:table_data'] tr .gh-export-status")).getText())
                .isEqualTo("READY");
        assertThat(link.getText()).startsWith("participants-NRM-").endsWith(".xlsx");
        Browser.screenshot(driver, "my-exports");
        link.click();
        Path xlsx = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> finished(downloads, ".xlsx"));
        byte[] content = Files.readAllBytes(xlsx);
        assertThat(new String(content, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // the agency's own dashboard: each line leads to the cases behind it
        driver.get(Browser.BASE + "reoffending.xhtml?breakdown=PROGRAM");
        new WebDriverWait(driver, Duration.ofSeconds(180)).pollingEvery(Duration.ofSeconds(3)).until(d -> {
            d.navigate().refresh();
            return !Browser.now(d, d, By.cssSelector("[id='figures_data'] a.gh-cases")).isEmpty();
        });
        List<WebElement> lines = driver.findElements(By.cssSelector("[id='figures_data'] tr"));
        WebElement line = lines.stream().filter(r -> !Browser.now(driver, r, By.cssSelector("a.gh-cases")).isEmpty())
                .findFirst().orElseThrow();
        String cohort = line.findElements(By.tagName("td")).get(0).getText();
        line.findElement(By.cssSelector("a.gh-cases")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("behind")));
        int year = Integer.parseInt(cohort.substring(0, 4));
        assertThat(driver.findElement(By.id("behind")).getText()).contains("released from " + year + "-");
        List<WebElement> cases = driver.findElements(By.cssSelector("[id='cases:table_data'] tr a"));
        assertThat(cases).isNotEmpty().allMatch(a -> a.getAttribute("href").contains("case.xhtml?id="));
        Browser.screenshot(driver, "cases-behind");

        // and so does each line of a level counted over every release on the service-level dashboard
        driver.get(Browser.BASE + "service-levels.xhtml?breakdown=MONTH");
        WebElement level = driver.findElements(By.cssSelector("[id='levels_data'] tr")).stream()
                .filter(r -> r.getText().startsWith("MET_AT_GATE") && !Browser.now(driver, r,
                        By.cssSelector("a.gh-cases")).isEmpty()).findFirst().orElseThrow();
        String month = level.findElements(By.tagName("td")).get(1).getText();
        assertThat(driver.findElements(By.cssSelector("[id='levels_data'] tr")).stream()
                .filter(r -> r.getText().startsWith("ENGAGEMENTS_ATTENDED")))
                .allMatch(r -> Browser.now(driver, r, By.cssSelector("a.gh-cases")).isEmpty());
        level.findElement(By.cssSelector("a.gh-cases")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("behind")));
        assertThat(driver.findElement(By.id("behind")).getText()).contains("released from " + month + "-01");
        assertThat(driver.findElements(By.cssSelector("[id='cases:table_data'] tr a")))
                .allMatch(a -> a.getAttribute("href").contains("case.xhtml?id="));
    }
}
