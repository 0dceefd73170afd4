package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Each role, signed in, sees its own menu items and no others; a page beyond its role is refused. */
@ExtendWith(ArquillianExtension.class)
class RoleMenusBrowserIT {

    private static final List<String> ALL = List.of("menu-home", "menu-participants", "menu-search", "menu-log",
            "menu-calendar", "menu-new", "menu-referrals", "menu-transfers", "menu-partners", "menu-mentors",
            "menu-reoffending", "menu-service-levels", "menu-exports", "menu-programs", "menu-import", "menu-users",
            "menu-audit", "menu-retention", "menu-agencies", "menu-search-index", "menu-reoffending-feed", "menu-jobs");

    /** The demo user of each role and the menu items that role must see. */
    private static final Map<String, List<String>> MENUS = Map.of(
            "sysadmin", List.of("menu-home", "menu-agencies", "menu-search-index", "menu-reoffending-feed",
                    "menu-jobs"),
            "commissioner", List.of("menu-home", "menu-reoffending", "menu-service-levels", "menu-exports"),
            "agency_admin.nrm", List.of("menu-home", "menu-partners", "menu-reoffending", "menu-service-levels",
                    "menu-exports", "menu-programs", "menu-import", "menu-users", "menu-audit", "menu-retention"),
            "coordinator.nrm", List.of("menu-home", "menu-participants", "menu-search", "menu-new", "menu-referrals",
                    "menu-transfers", "menu-partners", "menu-mentors", "menu-reoffending", "menu-service-levels",
                    "menu-exports", "menu-import"),
            "case_worker.nrm", List.of("menu-home", "menu-participants", "menu-search", "menu-new", "menu-partners",
                    "menu-mentors", "menu-reoffending", "menu-service-levels", "menu-exports"),
            "mentor.nrm", List.of("menu-home", "menu-participants", "menu-search", "menu-log", "menu-calendar",
                    "menu-partners"));


    @Test
    void eachRoleSeesOnlyItsOwnMenu() {
        for (Map.Entry<String, List<String>> role : MENUS.entrySet()) {
            WebDriver driver = Browser.open();
            try {
                Browser.signIn(driver, role.getKey());
                // the page is loaded: an absent item is absent, no need to wait for it
                List<String> shown = ALL.stream().filter(id -> !Browser.now(driver, driver,
                        By.cssSelector("[id='nav:" + id + "']")).isEmpty()).toList();
                assertThat(shown).as(role.getKey()).containsExactlyElementsOf(role.getValue());
                Browser.screenshot(driver, "menu-" + role.getKey());
                if (!role.getValue().contains("menu-participants")) {
                    driver.get(Browser.BASE + "participants.xhtml");
                    WebElement heading = driver.findElement(By.tagName("h1"));
                    assertThat(heading.getText()).as(role.getKey()).isEqualTo("Something went wrong");
                    assertThat(driver.getPageSource()).doesNotContain("list:participants");
                }
            } finally {
                driver.quit();
            }
        }
    }
}
