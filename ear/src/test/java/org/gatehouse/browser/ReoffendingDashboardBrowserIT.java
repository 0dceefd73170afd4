package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gatehouse.PdfText;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A commissioner filters the reoffending dashboard of the demo data (its feed and warehouse load
 * come with the demo), shares the link, and downloads the printed report.
 */
@ExtendWith(ArquillianExtension.class)
class ReoffendingDashboardBrowserIT extends SignedInBrowserTest {

    /** Count columns of the figures table (0-based, after cohort and group). */
    private static final List<Integer> COUNTS = List.of(2, 3, 4, 5, 7);

    @Override
    protected String user() {
        return "commissioner";
    }

    @Test
    void aCommissionerFiltersTheDashboardSharesItAndDownloadsThePdf() throws Exception {
        click("nav:menu-reoffending");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters:apply")));
        assertThat(driver.findElement(By.id("view")).getText()).contains("Commissioner view");
        // the demo's first warehouse load runs in the background after the server starts
        new WebDriverWait(driver, Duration.ofSeconds(180)).pollingEvery(Duration.ofSeconds(3)).until(d -> {
            d.navigate().refresh();
            return !Browser.now(d, d, By.id("trend")).isEmpty();
        });

        choose("filters:agency", "Northern", "Northern Re-entry Mentoring (NRM)");
        choose("filters:breakdown", "GENDER");
        type("filters:baseline", "41.5");
        WebElement table = driver.findElement(By.id("figures"));
        click("filters:apply");
        wait.until(ExpectedConditions.stalenessOf(table));
        String link = driver.getCurrentUrl();
        assertThat(link).contains("agency=NRM").contains("breakdown=GENDER").contains("baseline=41.5");

        List<List<String>> rows = rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.get(1)).contains("ALL").allMatch(g -> List.of("ALL", "F", "M", "X")
                .contains(g));
        for (List<String> row : rows) {
            for (int column : COUNTS) {
                assertThat(row.get(column)).as("no count from 1 to 4 shown: " + row).isNotIn("1", "2", "3", "4");
            }
        }
        String tip = driver.findElement(By.cssSelector("[id='figures_data'] tr .gh-rate")).getAttribute("title");
        assertThat(tip).startsWith("Proven reoffending rate: ").contains("Numerator: Reoffenders = ")
                .contains("Denominator: Measurable = ");
        assertThat(driver.findElement(By.cssSelector("#trend canvas")).getAttribute("aria-label"))
                .contains("proven reoffending rate");
        Browser.screenshot(driver, "reoffending-dashboard-commissioner");

        // the link shows the same to whoever opens it
        driver.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        assertThat(driver.findElement(By.id("filters:agency_label")).getText())
                .isEqualTo("Northern Re-entry Mentoring (NRM)");
        assertThat(rows()).isEqualTo(rows);

        click("filters:pdf");
        Path pdf = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> finished(downloads, ".pdf"));
        Browser.keep(pdf);
        byte[] content = Files.readAllBytes(pdf);
        assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(content);
        assertThat(text).contains("Reoffending after release", "Commissioner view: every agency",
                "agency NRM; by gender", "Definitions");

        // a wrong link is told, not failed
        driver.get(Browser.BASE + "reoffending.xhtml?cohortFrom=2025-Q9&breakdown=SHOE");
        assertThat(driver.findElement(By.id("filters:messages")).getText())
                .contains("Not shown: Cohorts from must be a quarter such as 2025-Q1")
                .contains("Not shown: Break down by must be one of");

        // the service levels beside it: the commissioner sets a target and the level is judged by it
        click("nav:menu-service-levels");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("levels")));
        int row = targetRow("MET_AT_GATE");
        type("targets:table:" + row + ":green", "101");
        click("targets:table:" + row + ":save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targets:messages"),
                "Green from must be a percentage from 0 to 100"));
        type("targets:table:" + row + ":green", "80");
        type("targets:table:" + row + ":amber", "60");
        WebElement levels = driver.findElement(By.id("levels"));
        click("targets:table:" + row + ":save");
        wait.until(ExpectedConditions.stalenessOf(levels));
        WebElement total = driver.findElements(By.cssSelector("[id='levels_data'] tr")).stream()
                .filter(r -> r.getText().startsWith("MET_AT_GATE ALL")).findFirst().orElseThrow();
        assertThat(total.getText()).contains("green ≥ 80%, amber ≥ 60%");
        // the status is the shown rate judged by the bands just saved (none where the rate is withheld)
        String rate = total.findElements(By.tagName("td")).get(4).getText();
        String status = total.findElement(By.cssSelector(".gh-rag")).getText();
        if (rate.startsWith("–")) {
            assertThat(status).as(rate).isEqualTo("–");
        } else {
            double percent = Double.parseDouble(rate.substring(0, rate.indexOf('%')));
            assertThat(status).as(rate).isEqualTo(percent >= 80 ? "GREEN" : percent >= 60 ? "AMBER" : "RED");
        }
        assertThat(total.findElement(By.cssSelector(".gh-level")).getAttribute("title"))
                .startsWith("MET_AT_GATE: met at the gate on the release day. Numerator: ");
        // the rates' totals as a chart beside the table
        assertThat(driver.findElement(By.cssSelector("#rates canvas")).getAttribute("aria-label"))
                .contains("rate in percent");
        Browser.screenshot(driver, "service-levels-commissioner");
    }

    /** The index of a service level's line in the targets form. */
    private int targetRow(String measure) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='targets:table_data'] tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().startsWith(measure)) {
                return i;
            }
        }
        throw new AssertionError("no target line for " + measure);
    }

    private List<List<String>> rows() {
        return driver.findElements(By.cssSelector("[id='figures_data'] tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
