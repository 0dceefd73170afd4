package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An agency administrator copies a built-in template into a new program and adjusts a milestone. */
@ExtendWith(ArquillianExtension.class)
class ProgramSettingsBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "agency_admin.nrm";
    }

    @Test
    void aProgramIsCopiedFromATemplateAndAdjusted() {
        String code = "TTG-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        driver.get(Browser.BASE + "programs.xhtml");
        type("programs:new_code", code);
        type("programs:new_name", "Copied program " + code);
        choose("programs:source", "Built-in:", "Built-in: Re-integration mentoring");
        click("programs:create");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programs:messages"),
                "Program " + code + " created"));
        assertThat(driver.findElement(By.id("adjusting")).getText()).contains(code);

        WebElement due = driver.findElement(By.id("programs:milestones:0:offset_input"));
        due.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-30", Keys.TAB);
        click("programs:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programs:messages"), "saved"));
        Browser.screenshot(driver, "program-adjusted");

        // opened again from the list, the program shows what was saved
        driver.get(Browser.BASE + "programs.xhtml");
        assertThat(driver.findElement(By.id("programs:list")).getText()).contains(code).contains("REINT");
        driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + code + "']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adjusting"), code));
        assertThat(driver.findElement(By.id("programs:milestones:0:offset_input")).getAttribute("value"))
                .isEqualTo("-30");
    }

    @Test
    void matchingWeightsAndACourseAreSaved() {
        String weight = String.valueOf(ThreadLocalRandom.current().nextInt(20, 41));
        String course = "C" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        driver.get(Browser.BASE + "programs.xhtml");
        WebElement region = driver.findElement(By.id("programs:weights:0:weight_input"));
        region.sendKeys(Keys.chord(Keys.CONTROL, "a"), weight, Keys.TAB);
        click("programs:save_matching");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programs:messages"),
                "Mentoring settings saved"));

        // a course without a name is refused, and what was typed stays
        type("programs:course_code", course);
        click("programs:add_course");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programs:messages"), "Course not added"));
        assertThat(driver.findElement(By.id("programs:course_code")).getAttribute("value")).isEqualTo(course);
        type("programs:course_name", "Trauma-informed mentoring " + course);
        click("programs:add_course");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programs:courses"), course));
        Browser.screenshot(driver, "matching-settings");

        driver.get(Browser.BASE + "programs.xhtml");
        assertThat(driver.findElement(By.id("programs:weights:0:weight_input")).getAttribute("value"))
                .isEqualTo(weight);
    }
}
