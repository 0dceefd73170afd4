package org.gatehouse.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, from the system's packages (chromium, chromium-driver):
 * nothing is downloaded. Paths can be changed with -Dbrowser.binary and -Dbrowser.driver.
 */
final class Browser {

    static final String BASE = System.getProperty("gatehouse.url", "http://127.0.0.1:8080/gatehouse/");

    private Browser() {
    }

    /** What every browser test deploys: the real EAR as built, nothing added (tests drive it from outside). */
    static EnterpriseArchive gatehouseEar() {
        return ShrinkWrap.create(ZipImporter.class, "gatehouse.ear")
                .importFrom(new File(System.getProperty("gatehouse.ear"))).as(EnterpriseArchive.class);
    }

    static WebDriver open() {
        return open(null);
    }

    /** A browser that saves downloads in the folder (none: the browser's default). */
    static WebDriver open(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** The password of the demo users (the browser profile starts the server with it). */
    static final String DEMO_PASSWORD = System.getProperty("demo.password");

    static void signIn(WebDriver driver, String username) {
        driver.get(BASE + "signin.xhtml");
        driver.findElement(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("signin:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("signout")));
    }

    /** Keeps a copy of a downloaded file beside the screenshots, for a person to look at. */
    static void keep(Path file) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
