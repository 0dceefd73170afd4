package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agency administrator invites a case worker; the new user signs in with the one-time password,
 * is sent to choose their own, and then reaches the participant list.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {

    private static final Pattern ONE_TIME = Pattern.compile("shown only now\\): ([A-Za-z0-9-]{19})");


    @Test
    void anInvitedUserSignsInWithTheOneTimePasswordAndMustReplaceIt() {
        String username = "invited" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".nrm";
        String oneTimePassword;
        WebDriver admin = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(15));
            Browser.signIn(admin, "agency_admin.nrm");
            admin.get(Browser.BASE + "users.xhtml");
            admin.findElement(By.id("users:username")).sendKeys(username);
            admin.findElement(By.id("users:display_name")).sendKeys("Invited Worker");
            admin.findElement(By.xpath("//*[@id='users:roles']//label[text()='Case worker']")).click();
            admin.findElement(By.id("users:invite")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "Invited"));
            Matcher matcher = ONE_TIME.matcher(admin.findElement(By.id("users:messages")).getText());
            assertThat(matcher.find()).isTrue();
            oneTimePassword = matcher.group(1);
            assertThat(admin.findElement(By.id("users:list")).getText()).contains(username)
                    .contains("must change password");
            Browser.screenshot(admin, "users-invited");
        } finally {
            admin.quit();
        }

        WebDriver invited = Browser.open();
        try {
            WebDriverWait wait = new WebDriverWait(invited, Duration.ofSeconds(15));
            invited.get(Browser.BASE + "signin.xhtml");
            invited.findElement(By.id("signin:username")).sendKeys(username);
            invited.findElement(By.id("signin:password")).sendKeys(oneTimePassword);
            invited.findElement(By.id("signin:submit")).click();
            invited.get(Browser.BASE + "participants.xhtml");
            wait.until(ExpectedConditions.urlContains("password.xhtml"));
            invited.findElement(By.id("password:current")).sendKeys(oneTimePassword);
            invited.findElement(By.id("password:replacement")).sendKeys("a-brand-new-passphrase");
            invited.findElement(By.id("password:repeated")).sendKeys("a-brand-new-passphrase");
            invited.findElement(By.id("password:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "password has been changed"));
            invited.get(Browser.BASE + "participants.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:participants")));
            Browser.screenshot(invited, "invited-user-participants");
        } finally {
            invited.quit();
        }
    }
}
