package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system administrator starts a warehouse load from the job monitor and follows it to its end:
 * the run on top of every job's runs, its steps with what each read and wrote.
 */
@ExtendWith(ArquillianExtension.class)
class JobMonitorBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "sysadmin";
    }

    @Test
    void startsAWarehouseLoadAndShowsItsStepsWhenItIsDone() {
        WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(180));
        driver.get(Browser.BASE + "jobs.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobs:runs")));
        assertThat(driver.findElement(By.id("jobs:nightly_at")).getText()).isEqualTo("off on this server");

        // one load at a time: the demo's own first load may still be running
        slow.until(d -> {
            refresh();
            return driver.findElements(By.cssSelector("[id='jobs:runs_data'] tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")))
                    .noneMatch(cells -> cells.size() > 2 && cells.get(1).getText().equals("warehouse-load")
                            && cells.get(2).getText().startsWith("START"));
        });
        click("jobs:load");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:messages"),
                "Warehouse load started"));
        String run = driver.findElement(By.id("jobs:messages")).getText().replaceAll("(?s).*\\(run (\\d+)\\).*", "$1");
        assertThat(driver.findElement(By.id("jobs:steps")).getText()).contains("Steps of run " + run);
        slow.until(d -> {
            refresh();
            List<WebElement> cells = newestRun();
            return cells.get(0).getText().equals(run) && cells.get(2).getText().equals("COMPLETED");
        });
        assertThat(newestRun().get(1).getText()).isEqualTo("warehouse-load");
        assertThat(newestRun().get(6).getText()).as("why it failed").isEmpty();

        newestRun().get(7).findElement(By.cssSelector(".gh-steps-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobs:steps"), "publish"));
        // read as text in one go, again if the table is re-rendered meanwhile
        List<List<String>> steps = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<List<String>> rows = d.findElements(By.cssSelector("[id='jobs:step_table_data'] tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                    .toList();
            return rows.size() == 5 ? rows : null;
        });
        assertThat(steps).extracting(cells -> cells.get(0))
                .containsExactly("begin", "mentors", "episodes", "engagements", "publish");
        List<String> episodes = steps.get(2);
        assertThat(episodes.get(1)).isEqualTo("COMPLETED");
        assertThat(Long.parseLong(episodes.get(3))).as("pages of cases read").isPositive();
        assertThat(episodes.get(4)).as("written").isEqualTo(episodes.get(3));
        Browser.screenshot(driver, "job-monitor-warehouse-load");
    }

    private List<WebElement> newestRun() {
        return driver.findElement(By.cssSelector("[id='jobs:runs_data'] tr")).findElements(By.tagName("td"));
    }

    private void refresh() {
        WebElement before = driver.findElement(By.id("jobs:runs"));
        click("jobs:refresh");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobs:runs")));
    }
}
