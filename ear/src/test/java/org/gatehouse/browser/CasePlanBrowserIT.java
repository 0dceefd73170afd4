package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A case worker opens a case, reads its story, adds a plan goal and moves it on. */
@ExtendWith(ArquillianExtension.class)
class CasePlanBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "case_worker.nrm";
    }

    @Test
    void aCaseWorkerReviewsTheCaseAndUpdatesAPlanGoal() {
        String goal = "Secure a tenancy " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        driver.get(Browser.BASE + "participants.xhtml");
        driver.findElement(By.cssSelector("[id='list:participants_data'] a")).click();
        wait.until(ExpectedConditions.urlContains("case.xhtml?id="));
        // the whole story on one page: milestones, triangle, plan, notes, engagements
        for (String section : new String[] {"case:timeline", "case:milestones", "plan-heading", "mentor-heading",
            "notes-heading", "case:engagements", "appointments-heading", "checkpoints-heading", "case:checkpoints"}) {
            assertThat(driver.findElements(By.id(section))).as(section).isNotEmpty();
        }

        // a goal without its text is refused, and what was chosen stays
        choose("case:goal_pathway", "Accommodation");
        choose("case:goal_owner", "Participant");
        click("case:add_goal");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Goal is required"));
        assertThat(driver.findElement(By.id("case:goal_pathway_label")).getText()).isEqualTo("Accommodation");
        type("case:goal_text", goal);
        click("case:add_goal");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:goals"), goal));

        By row = By.xpath("//*[@id='case:goals_data']/tr[td[contains(.,'" + goal + "')]]");
        String statusId = driver.findElement(row).findElement(By.cssSelector("[id$=':goal_status']"))
                .getAttribute("id");
        choose(statusId, "In", "In progress");
        driver.findElement(row).findElement(By.cssSelector("[id$=':update_goal']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"),
                "Goal updated: in progress"));
        Browser.screenshot(driver, "case-plan-goal");

        // approved, then reviewed: the review fills the program's plan-review slot
        click("case:approve_plan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Plan approved"));
        click("case:review_plan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Plan review recorded"));
        assertThat(driver.findElement(By.id("case:plan-review")).getText()).contains("Last reviewed on")
                .contains("case_worker.nrm");
    }
}
