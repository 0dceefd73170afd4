package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator finds a mentor for a waiting participant and matches them; the mentor then signs in
 * and finds that mentee on their home screen, and the mentee's case shows the triangle.
 */
@ExtendWith(ArquillianExtension.class)
class MatchingBrowserIT extends SignedInBrowserTest {

    /** The demo mentor the mentor user signs in as (see the demo data). */
    private static final String DEMO_MENTOR = "Robin Ashdown";

    @Override
    protected String user() {
        return "coordinator.nrm";
    }

    @Test
    void aCoordinatorMatchesAParticipantAndTheMentorSeesThatMentee() {
        driver.get(Browser.BASE + "pool.xhtml");
        WebElement first = driver.findElement(By.cssSelector("[id='pool:unplaced'] tbody a"));
        String mentee = first.getText();
        first.click();
        wait.until(ExpectedConditions.urlContains("match.xhtml?id="));

        // what the participant needs changes the ranking, which shows its reasons
        type("match:cultural_background", "Lebanese");
        driver.findElement(By.xpath("//label[text()='Saturday morning']")).click();
        click("match:save_needs");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("match:messages"), "Needs saved"));
        assertThat(driver.findElement(By.id("match:proposals")).getText()).contains(DEMO_MENTOR)
                .contains("available 1 of 1 wanted times");
        Browser.screenshot(driver, "match-ranking");

        // matching without a supervisor is refused, and nothing typed is lost
        type("match:reason", "Robin knows the prison and the family");
        By robin = By.xpath("//*[@id='match:proposals']//tr[td[normalize-space(.)='" + DEMO_MENTOR + "']]//button");
        driver.findElement(robin).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("match:messages"),
                "choose the case worker"));
        assertThat(driver.findElement(By.id("match:reason")).getAttribute("value"))
                .isEqualTo("Robin knows the prison and the family");
        choose("match:case_worker", "Case", "Case worker (Northern Re-entry Mentoring)");
        driver.findElement(robin).click();

        wait.until(ExpectedConditions.urlContains("case.xhtml?id="));
        assertThat(driver.findElement(By.id("triangle-mentor")).getText()).isEqualTo(DEMO_MENTOR);
        assertThat(driver.findElement(By.id("triangle-case-worker")).getText())
                .isEqualTo("Case worker (Northern Re-entry Mentoring)");
        Browser.screenshot(driver, "case-triangle");

        click("signout");
        Browser.signIn(driver, "mentor.nrm");
        driver.get(Browser.BASE + "index.xhtml");
        WebElement mentees = driver.findElement(By.id("home:mentees-table"));
        assertThat(mentees.getText()).contains(mentee).contains("Case worker (Northern Re-entry Mentoring)");
        // nothing else of the agency: no coordinator's sections
        assertThat(Browser.now(driver, driver, By.id("home:intake-table"))).isEmpty();
        Browser.screenshot(driver, "mentor-home");
        mentees.findElement(By.linkText(mentee)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("triangle-mentor"), DEMO_MENTOR));
        assertThat(driver.findElement(By.id("name")).getText()).isEqualTo(mentee);
        assertThat(Browser.now(driver, driver, By.id("case:engagements"))).isEmpty();
    }
}
