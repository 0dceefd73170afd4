package org.gatehouse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A case worker writes a note and finds it at once on the search screen: the case, the highlighted
 * words, the counts per pathway; a click on the case opens it, where the note, written there in error,
 * is withdrawn and is found no more.
 */
@ExtendWith(ArquillianExtension.class)
class NoteSearchBrowserIT extends SignedInBrowserTest {

    @Override
    protected String user() {
        return "case_worker.nrm";
    }

    @Test
    void aCaseWorkerFindsANoteJustWrittenAndOpensItsCase() {
        String word = "Quokka" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        driver.get(Browser.BASE + "participants.xhtml");
        driver.findElement(By.cssSelector("[id='list:participants_data'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:note_body")));
        String name = driver.findElement(By.id("name")).getText();
        type("case:note_body", "Housing bond paid at " + word + " lettings; keys on Friday");
        choose("case:note_pathway", "Accommodation");
        click("case:save_note");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Note saved"));

        driver.findElement(By.id("nav:menu-search")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:q")));
        type("search:q", word + " \"housing bond\"");
        click("search:go");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 note(s) in 1 case(s)"));
        assertThat(driver.findElement(By.cssSelector(".gh-snippet mark")).getText()).isIn("Housing bond", word);
        assertThat(driver.findElement(By.id("facets")).getText()).contains("Accommodation (1)");
        Browser.screenshot(driver, "note-search");

        // a query the parser cannot read is named, not an error page
        type("search:q", "\"unclosed");
        click("search:go");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:messages"), "cannot be read"));

        // the form was drawn again with the message: type into the new field
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            type("search:q", word);
            return true;
        });
        var earlier = driver.findElement(By.id("summary"));
        click("search:go");
        wait.until(ExpectedConditions.stalenessOf(earlier));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 note(s)"));
        driver.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.urlContains("case.xhtml?id="));
        assertThat(driver.findElement(By.id("name")).getText()).isEqualTo(name);

        // written on the wrong case: withdrawn with a reason, then neither shown nor found
        driver.findElement(By.xpath("//*[@id='case:notes_data']/tr[contains(., '" + word + "')]"
                + "//button[contains(@class, 'gh-withdraw')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case:withdrawal_reason")));
        click("case:withdraw_note");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"),
                "say why the note is withdrawn"));
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            type("case:withdrawal_reason", "written on the wrong case");
            return true;
        });
        click("case:withdraw_note");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case:messages"), "Note withdrawn"));
        assertThat(driver.findElement(By.id("case:notes")).getText()).doesNotContain(word);
        driver.get(Browser.BASE + "search.xhtml?q=" + word);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "0 note(s) in 0 case(s)"));
    }
}
