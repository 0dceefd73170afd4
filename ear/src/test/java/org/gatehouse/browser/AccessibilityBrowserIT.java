package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main screen, as the demo user who works on it, checked by axe-core in the browser against
 * WCAG 2.1 A and AA (the rules axe can decide by itself: names and labels, contrast, structure,
 * language, ARIA). Any violation fails the test with the rule, the element and axe's advice.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");


    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private int pages;

    @Test
    void everyMainScreenMeetsWcag21AaAsAxeChecksIt() {
        WebDriver anonymous = Browser.open();
        try {
            anonymous.get(Browser.BASE + "signin.xhtml");
            check(anonymous, "signin.xhtml");
        } finally {
            anonymous.quit();
        }
        as("coordinator.nrm", driver -> {
            check(driver, "index.xhtml");
            check(driver, "participants.xhtml");
            String caseId = firstId(driver, "case.xhtml?id=");
            check(driver, "case.xhtml?id=" + caseId);
            check(driver, "participant.xhtml?id=" + caseId);
            check(driver, "calendar.xhtml?case=" + caseId);
            check(driver, "match.xhtml?id=" + caseId);
            check(driver, "participant.xhtml");
            check(driver, "referrals.xhtml");
            check(driver, "transfers.xhtml");
            check(driver, "mentors.xhtml");
            String mentorId = firstId(driver, "mentor.xhtml?id=");
            check(driver, "mentor.xhtml?id=" + mentorId);
            check(driver, "training.xhtml");
            check(driver, "pool.xhtml");
            check(driver, "search.xhtml?q=housing");
            check(driver, "partners.xhtml");
            check(driver, "import.xhtml");
            check(driver, "reoffending.xhtml");
            check(driver, "service-levels.xhtml");
            check(driver, "exports.xhtml");
            check(driver, "password.xhtml");
        });
        as("mentor.nrm", driver -> {
            check(driver, "log.xhtml");
            check(driver, "calendar.xhtml");
        });
        as("agency_admin.nrm", driver -> {
            check(driver, "programs.xhtml");
            check(driver, "users.xhtml");
            check(driver, "audit.xhtml");
            check(driver, "retention.xhtml");
        });
        as("sysadmin", driver -> {
            check(driver, "agencies.xhtml");
            check(driver, "search-index.xhtml");
            check(driver, "reoffending-feed.xhtml");
            check(driver, "jobs.xhtml");
        });

        assertThat(pages).as("pages checked").isGreaterThanOrEqualTo(30);
        writeFullReport();
        assertThat(violations).as(report()).isEmpty();
    }

    private interface Visits {
        void on(WebDriver driver);
    }

    private static void as(String user, Visits visits) {
        WebDriver driver = Browser.open();
        try {
            Browser.signIn(driver, user);
            visits.on(driver);
        } finally {
            driver.quit();
        }
    }

    /** The id in the first link on the page (already open) that leads to {@code target}. */
    private static String firstId(WebDriver driver, String target) {
        String link = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("a[href*='" + target + "']"))).getAttribute("href");
        String id = link.substring(link.indexOf(target) + target.length());
        int end = id.indexOf('&');
        return end < 0 ? id : id.substring(0, end);
    }

    private void check(WebDriver driver, String page) {
        if (!driver.getCurrentUrl().endsWith(page)) {
            driver.get(Browser.BASE + page);
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        // the page itself, not a sign-in or error page in its place
        assertThat(driver.getCurrentUrl()).as(page).contains(page.contains("?") ? page.substring(0, page.indexOf('?'))
                : page);
        assertThat(Browser.now(driver, driver, By.xpath("//h1[normalize-space(.)='Something went wrong']"))).as(page)
                .isEmpty();
        // only the violations are read: axe then details one node of each other result, not every node
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).withTags(WCAG_21_AA).disableIframeTesting()
                .analyze(driver);
        assertThat(results.getErrorMessage()).as(page + ": axe ran").isNull();
        pages++;
        for (Rule rule : results.getViolations()) {
            List<String> where = violations.computeIfAbsent(rule.getId() + " (" + rule.getImpact() + "): "
                    + rule.getHelp(), k -> new ArrayList<>());
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml();
                where.add(page + " " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "..." : html)
                        + "\n        " + String.valueOf(node.getFailureSummary()).replace("\n", " "));
            }
        }
    }

    /** Every violation, not only the first of each rule, beside the screenshots (ear/target/axe-report.txt). */
    private void writeFullReport() {
        StringBuilder out = new StringBuilder();
        violations.forEach((rule, where) -> {
            out.append(rule).append('\n');
            where.forEach(w -> out.append("    ").append(w).append('\n'));
        });
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("screenshots.dir", "target"))
                    .resolveSibling("axe-report.txt"), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String report() {
        StringBuilder out = new StringBuilder("WCAG 2.1 AA violations on " + pages + " pages:\n");
        violations.forEach((rule, where) -> {
            out.append(rule).append('\n');
            where.stream().limit(12).forEach(w -> out.append("    ").append(w).append('\n'));
            if (where.size() > 12) {
                out.append("    ... and ").append(where.size() - 12).append(" more\n");
            }
        });
        return out.toString();
    }
}
