package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A coordinator records an applicant mentor, a vetting check, and finds the mentor in the list. */
@ExtendWith(ArquillianExtension.class)
class MentorScreensBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void aMentorIsRecordedWithAVettingCheck() {
        String familyName = "Numbat" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        driver.get(Browser.BASE + "mentor.xhtml");
        type("mentor:given_name", "Mo");
        type("mentor:family_name", familyName);
        choose("mentor:type", "Volunteer");
        choose("mentor:gender", "Male");
        choose("mentor:region", "North");
        type("mentor:phone", "12");
        click("mentor:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mentor:messages"),
                "Phone is not a telephone number"));
        type("mentor:phone", "0400 123 456");
        driver.findElement(By.xpath("//label[text()='Saturday morning']")).click();
        click("mentor:save");

        wait.until(ExpectedConditions.urlContains("mentor.xhtml?id="));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Applicant");
        assertThat(driver.findElement(By.id("vetting")).getText()).startsWith("not cleared").contains("Police check");

        choose("mentor:check_type", "References");
        date("mentor:completed_on", LocalDate.now().minusDays(2).toString());
        click("mentor:record_check");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mentor:messages"), "Check recorded."));
        assertThat(driver.findElement(By.id("mentor:checks")).getText()).contains("References");
        assertThat(driver.findElement(By.id("vetting")).getText()).doesNotContain("References");
        Browser.screenshot(driver, "mentor-vetting");

        driver.get(Browser.BASE + "mentors.xhtml");
        assertThat(driver.findElement(By.id("mentors:list")).getText()).contains(familyName + ", Mo")
                .contains("Applicant");
    }

    @Test
    void aDebriefIsRecordedAndItsAttendanceSaved() {
        String place = "Room " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        driver.get(Browser.BASE + "training.xhtml");
        choose("training:kind", "Group", "Group debrief");
        date("training:held_on", LocalDate.now().toString());
        type("training:place", place);
        click("training:schedule");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:messages"), "recorded."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:sessions"), place));
        driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + place + "']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "Group debrief"));
        click("training:save_attendance");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training:messages"), "Attendance saved."));
        Browser.screenshot(driver, "training-attendance");
    }
}
