package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The system administrator uploads a reoffending feed file and sees what became of its rows. */
@ExtendWith(ArquillianExtension.class)
class ReoffendingFeedBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "sysadmin";
    }

    @Test
    void uploadsAFeedFileAndShowsItsCounts() throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        Path file = Files.createTempFile("feed-" + run, ".csv");
        Files.writeString(file, """
                event_id,justice_id,event_type,offence_date,outcome_date,custody_start_date,custody_reason,extract_date
                B%1$s-1,N0000NN,PROVEN_OFFENCE,2025-02-01,2025-04-01,,,2026-06-30
                B%1$s-2,N0000NN,CUSTODY,,,2025-05-01,RECALL,2026-06-30
                B%1$s-3,N0000NN,CUSTODY,,,2025-05-01,,2026-06-30
                """.formatted(run), StandardCharsets.UTF_8);

        driver.get(Browser.BASE + "reoffending-feed.xhtml");
        assertThat(driver.findElement(By.id("upload:drop_folder")).getText()).endsWith("reoffending-feed");
        driver.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());

        wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
        assertThat(driver.findElement(By.id("extract")).getText()).isEqualTo(DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK).format(LocalDate.of(2026, 6, 30)));
        assertThat(driver.findElement(By.id("read")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("imported")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("unmatched")).getText()).isEqualTo("2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:recent"), "Rejects (CSV)"));
        Browser.screenshot(driver, "reoffending-feed-summary");

        driver.findElement(By.id("upload:collect")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:messages"),
                "No file is waiting in the drop folder."));
        Files.deleteIfExists(file);
    }
}
