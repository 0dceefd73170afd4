package org.gatehouse.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, from the system's packages (chromium, chromium-driver):
 * nothing is downloaded. Paths can be changed with -Dbrowser.binary and -Dbrowser.driver. The suite's
 * server starts with the EAR as built already deployed (the browser profile), so the tests, which
 * drive it from outside, deploy nothing themselves.
 */
final class Browser {

    /** How long a lookup waits for an element to appear (an ajax update, a page still loading). */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);
    static final String BASE = System.getProperty("gatehouse.url", "http://127.0.0.1:8080/gatehouse/");

    private Browser() {
    }

    static WebDriver open() {
        return open(null);
    }

    /** A browser that saves downloads in the folder (none: the browser's default). */
    static WebDriver open(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        // the tests read dates as a British reader's browser shows them (the screens follow its language)
        Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "en-GB"));
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        WebDriver driver = new GoneMeansStale().decorate(new ChromeDriver(service, options));
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }

    /**
     * What {@code where} holds now, without the implicit wait: on a loaded page a lookup of something
     * absent would sit the whole wait out (5 s a page made the accessibility check take 4 minutes).
     */
    static List<WebElement> now(WebDriver driver, SearchContext where, By what) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return where.findElements(what);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /**
     * Chrome 156 may answer a look at an element an ajax update has just replaced with "Node with given id
     * does not belong to the document" instead of a stale element reference. Selenium's waits and
     * conditions expect the latter (and try again); so every such answer is raised as what it means.
     */
    static final class GoneMeansStale extends WebDriverDecorator<WebDriver> {

        @Override
        public Object onError(Decorated<?> target, Method method, Object[] args, InvocationTargetException e)
                throws Throwable {
            Throwable cause = e.getTargetException();
            if (cause instanceof WebDriverException && !(cause instanceof StaleElementReferenceException)
                    && cause.getMessage() != null && cause.getMessage().contains("does not belong to the document")) {
                throw new StaleElementReferenceException("the element has left the page", cause);
            }
            return super.onError(target, method, args, e);
        }
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
