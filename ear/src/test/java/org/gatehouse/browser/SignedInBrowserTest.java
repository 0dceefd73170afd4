package org.gatehouse.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test that starts each test signed in as one demo user, in a fresh headless Chromium. */
abstract class SignedInBrowserTest {

    protected WebDriver driver;
    protected WebDriverWait wait;


    /** The demo user the test acts as. */
    protected abstract String user();

    /** Where this test's browser saves what it downloads. */
    protected Path downloads;

    @BeforeEach
    void openBrowserSignedIn() throws IOException {
        downloads = Files.createTempDirectory("gatehouse-downloads");
        driver = Browser.open(downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, user());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(downloads);
        }
    }

    /** The downloaded file with that extension once the browser has finished writing it; null until then. */
    protected static Path finished(Path folder, String extension) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            // Chrome reserves the final name with an empty file, writes to a .crdownload, then renames it over
            // (an empty .xlsx was read once: ExportsBrowserIT)
            if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                return null;
            }
            return all.stream().filter(f -> f.toString().endsWith(extension) && size(f) > 0).findFirst().orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // renamed or removed meanwhile: looked at again
        }
    }

    protected void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    protected void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void date(String id, String isoDate) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        input.clear();
        input.sendKeys(isoDate, Keys.TAB);
    }

    /** Picks an option of a PrimeFaces selectOneMenu by typing its label, as a keyboard user does. */
    protected void choose(String id, String label) {
        choose(id, label, label);
    }

    /**
     * Picks an option by typing the start of its label ({@code typed} must hold no space: a space
     * opens the menu's list, which then covers what is clicked next).
     */
    protected void choose(String id, String typed, String label) {
        driver.findElement(By.id(id + "_label")).sendKeys(typed);
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }
}
