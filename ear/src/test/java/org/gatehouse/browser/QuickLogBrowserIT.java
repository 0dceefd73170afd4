package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A mentor on a phone-sized screen logs a gate meeting and a phone call with their mentee in a few
 * taps; the supervising case worker finds both awaiting sign-off and signs one off on the case page.
 */
@ExtendWith(ArquillianExtension.class)
class QuickLogBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "mentor.nrm";
    }

    private void tap(String groupId, String label) {
        driver.findElement(By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']")).click();
    }

    /** The usual length, filled in by the page once the kind is picked (the field is re-rendered). */
    private void minutesShown(String value) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> value.equals(
                d.findElement(By.id("log:minutes_input")).getAttribute("value")));
    }

    @Test
    void aMentorLogsAGateMeetingAndACallOnAPhoneAndTheCaseWorkerSignsOff() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(Browser.BASE + "log.xhtml");
        WebElement firstMentee = driver.findElement(By.xpath("//*[@id='log:mentee']//label"));
        String mentee = firstMentee.getText();
        firstMentee.click();
        tap("log:kind", "Gate meeting");
        minutesShown("60");
        click("log:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:messages"), "Logged: Gate meeting"));

        // a call with the same mentee (still picked): what, log it
        tap("log:kind", "Phone call");
        minutesShown("10");
        click("log:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:messages"), "Logged: Phone call"));
        Browser.screenshot(driver, "mentor-quick-log-phone");

        // nothing picked: refused with a message, nothing logged
        click("log:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:messages"), "Kind is required"));

        // a note on the mentee's case page, still on the phone: it waits for the case worker too
        String note = "Collected from the gate, settled at the hostel " + System.nanoTime() % 100_000;
        driver.get(Browser.BASE + "index.xhtml");
        driver.findElement(By.xpath("//*[@id='home:mentees-table']//a[normalize-space(.)='" + mentee + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:note_body")));
        type("case:note_body", note);
        click("case:save_note");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Note saved"));
        assertThat(driver.findElement(By.id("case:notes")).getText()).contains(note);
        Browser.screenshot(driver, "mentor-note-phone");

        click("signout");
        driver.manage().window().setSize(new Dimension(1400, 900));
        Browser.signIn(driver, "case_worker.nrm");
        driver.get(Browser.BASE + "index.xhtml");
        WebElement awaiting = driver.findElement(By.id("home:signoff-table"));
        assertThat(awaiting.getText()).contains(mentee).contains("Gate meeting").contains("Phone call")
                .contains("mentor.nrm");
        assertThat(driver.findElement(By.id("home:note-signoff-table")).getText()).contains(mentee);
        awaiting.findElement(By.linkText(mentee)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:engagements")));
        driver.findElement(By.xpath("//*[@id='case:engagements']//tr[td[contains(.,'Gate meeting')]]//button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"),
                "Signed off: Gate meeting"));
        Browser.screenshot(driver, "case-worker-sign-off");
        driver.findElement(By.xpath("//*[@id='case:notes']//tr[td[contains(.,'" + note + "')]]//button[normalize-space(.)"
                + "='Sign off']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:notes"), "Signed off by case_worker.nrm"));
    }
}
