package org.gatehouse.worklist;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gatehouse.platform.ScreenWords;

/** The home screen's worklist, built once per request. */
@Named
@RequestScoped
public class WorklistView {

    @Inject
    private Worklists worklists;

    @Inject
    private ScreenWords words;

    private Worklist worklist;

    public Worklist getWorklist() {
        if (worklist == null) {
            worklist = worklists.mine();
        }
        return worklist;
    }

    /** One outstanding thing in words, its days as the reader's locale writes them. */
    public String describe(Outstanding item) {
        return switch (item.kind()) {
            case MILESTONE -> item.name();
            case MILESTONE_DUE -> text("index.milestoneDue", item.name(), words.day(item.on()));
            case NO_CALL_TODAY -> text("index.noCallToday");
            case CHECK_MISSING -> text("index.checkMissing", item.name());
            case CHECK_EXPIRED -> text("index.checkExpired", item.name(), words.day(item.on()));
            case CHECK_EXPIRING -> text("index.checkExpiring", item.name(), words.day(item.on()));
            case MEETING -> text("index.meeting", item.name(), words.day(item.on()), words.day(item.until()));
            case MEETING_NOW -> text("index.meetingNow", item.name(), words.day(item.on()),
                    words.day(item.until()));
        };
    }
}
