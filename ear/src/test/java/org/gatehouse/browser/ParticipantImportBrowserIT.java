package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A user uploads a participant file on the import screen and sees its summary and rejects. */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void uploadsAFileAndShowsItsSummary() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Path file = Files.createTempFile("participants-" + run, ".csv");
        Files.writeString(file, """
                external_ref,justice_id,given_name,family_name,date_of_birth,gender,region,prison,program,referral_date,expected_release_date
                UP-%1$s-1,U1111UU,Una,Upload%1$s,1990-05-01,F,NORTH,HMP Northgate,REINT,2026-01-10,2026-03-01
                UP-%1$s-2,U2222UU,Ugo,Upload%1$s,1988-07-09,M,SOUTH,HMP Riverside,TTG,2026-01-10,2026-03-01
                UP-%1$s-3,U3333UU,Ula,Upload%1$s,1990-05-01,F,NOWHERE,HMP Northgate,REINT,2026-01-10,2026-03-01
                """.formatted(run), StandardCharsets.UTF_8);

        driver.get(Browser.BASE + "import.xhtml");
        driver.findElement(By.cssSelector("[id='upload'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());

        wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
        assertThat(driver.findElement(By.id("read")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("imported")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("rejected")).getText()).isEqualTo("1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:recent"), "Rejects (CSV)"));
        Browser.screenshot(driver, "participant-import-summary");

        driver.get(Browser.BASE + "participants.xhtml");
        driver.findElement(By.cssSelector("[id='list:participants:name:filter']")).sendKeys("Upload" + run);
        wait.until(d -> d.findElements(By.cssSelector("[id='list:participants_data'] tr")).size() == 2);
        Files.deleteIfExists(file);
    }
}
