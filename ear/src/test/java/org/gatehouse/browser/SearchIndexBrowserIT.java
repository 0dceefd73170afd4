package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system administrator's search index page: the demo's notes, loaded straight into the database,
 * are in the index (rebuilt at the server's first start) and a rebuild started here runs to the end
 * while the page keeps answering.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "sysadmin";
    }

    @Test
    void theIndexHoldsTheDatabasesNotesAndIsRebuiltOnDemand() {
        WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(120));
        driver.get(Browser.BASE + "search-index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("index:state")));
        // the rebuild at start may still be running when the page first opens
        slow.until(d -> {
            if (d.findElement(By.id("index:state")).getText().equals("Up to date")) {
                return true;
            }
            refresh();
            return false;
        });
        long indexed = Long.parseLong(driver.findElement(By.id("index:indexed")).getText().replace(",", ""));
        assertThat(indexed).as("demo notes in the index").isPositive();
        assertThat(driver.findElement(By.id("index:in_database")).getText()).isEqualTo(
                driver.findElement(By.id("index:indexed")).getText());
        String directory = driver.findElement(By.id("index:directory")).getText();

        click("index:rebuild");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("index:messages"), "Rebuild started"));
        slow.until(d -> {
            refresh();
            return d.findElements(By.id("index:run_status")).stream()
                    .anyMatch(s -> s.getText().equals("COMPLETED"));
        });
        assertThat(driver.findElement(By.id("index:state")).getText()).isEqualTo("Up to date");
        assertThat(driver.findElement(By.id("index:directory")).getText()).as("a new generation")
                .isNotEqualTo(directory);
        assertThat(driver.findElement(By.id("index:run_counts")).getText()).isEqualTo(indexed + " / " + indexed);
        Browser.screenshot(driver, "search-index-rebuilt");
    }

    private void refresh() {
        var before = driver.findElement(By.id("index:state"));
        click("index:refresh");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("index:state")));
    }
}
