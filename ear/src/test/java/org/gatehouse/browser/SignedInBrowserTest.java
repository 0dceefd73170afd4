package org.gatehouse.browser;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test that starts each test signed in as one demo user, in a fresh headless Chromium. */
abstract class SignedInBrowserTest {

    protected WebDriver driver;
    protected WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Browser.gatehouseEar();
    }

    /** The demo user the test acts as. */
    protected abstract String user();

    @BeforeEach
    void openBrowserSignedIn() {
        driver = Browser.open();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, user());
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
