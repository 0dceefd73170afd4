package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A mentor books an appointment for their mentee on the case page, finds it on their home page and
 * in their calendar, and records that it was cancelled.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentsBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "mentor.nrm";
    }

    @Test
    void aMentorBooksAnAppointmentSeesItOnTheHomePageAndCalendarAndRecordsItsOutcome() {
        String place = "Housing Options desk " + System.nanoTime() % 100_000;
        driver.get(Browser.BASE + "index.xhtml");
        WebElement firstMentee = driver.findElement(By.xpath("//*[@id='home:mentees-table']//a"));
        String mentee = firstMentee.getText();
        firstMentee.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:appointments")));

        choose("case:appointment_kind", "Housing");
        date("case:appointment_on", LocalDate.now().plusDays(2).toString());
        date("case:appointment_at", "11:00");
        type("case:appointment_place", place);
        click("case:book_appointment");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"),
                "Housing appointment booked"));
        assertThat(driver.findElement(By.id("case:appointments")).getText()).contains(place).contains("11:00");

        // no place: refused and named, nothing booked
        choose("case:appointment_kind", "Court");
        date("case:appointment_on", LocalDate.now().plusDays(3).toString());
        date("case:appointment_at", "09:30");
        click("case:book_appointment");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Place is required"));
        Browser.screenshot(driver, "case-appointments");

        driver.get(Browser.BASE + "index.xhtml");
        assertThat(driver.findElement(By.id("home:next-appointments-table")).getText()).contains(mentee)
                .contains(place);

        driver.get(Browser.BASE + "calendar.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"),
                mentee + ": Housing"));
        Browser.screenshot(driver, "mentor-calendar");

        driver.navigate().back();
        driver.get(Browser.BASE + "index.xhtml");
        driver.findElement(By.xpath("//*[@id='home:mentees-table']//a[normalize-space(.)='" + mentee + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:appointments")));
        String row = "//*[@id='case:appointments']//tr[td[contains(.,'" + place + "')]]";
        // moved to a quarter past twelve: the form takes the appointment, the list the new time
        driver.findElement(By.xpath(row + "//button[contains(@id,'change_appointment')]")).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> place.equals(
                d.findElement(By.id("case:appointment_place")).getAttribute("value")));
        // the time picker keeps its text on clear(): select it all and type over it
        driver.findElement(By.id("case:appointment_at_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "12:15",
                Keys.TAB);
        click("case:book_appointment");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "appointment moved"));
        assertThat(driver.findElement(By.xpath(row)).getText()).contains("12:15");
        String attendance = driver.findElement(By.xpath(row + "//*[contains(@id,'appointment_attendance_label')]"))
                .getAttribute("id").replace("_label", "");
        choose(attendance, "Cancelled");
        driver.findElement(By.xpath(row + "//button[contains(@id,'record_outcome')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Cancelled"));
        assertThat(driver.findElement(By.id("case:past-appointments")).getText()).contains("Cancelled")
                .contains("mentor.nrm");
    }
}
