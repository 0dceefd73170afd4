package org.gatehouse.search;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.platform.Messages;
import org.gatehouse.search.NoteIndexHealth.IndexHealth;
import org.gatehouse.search.NoteIndexRebuilds.RebuildRun;

/**
 * The system administrator's view of this node's search index: notes in the index and in the
 * database, whether a rebuild is needed and why, the last rebuild; start, stop and restart it.
 */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoteIndexHealth health;

    @Inject
    private NoteIndexRebuilds rebuilds;

    private transient IndexHealth checked;
    private transient RebuildRun lastRun;
    private transient boolean lastRunRead;

    public IndexHealth getHealth() {
        if (checked == null) {
            checked = health.check();
        }
        return checked;
    }

    public RebuildRun getLastRun() {
        if (!lastRunRead) {
            lastRun = rebuilds.latest().orElse(null);
            lastRunRead = true;
        }
        return lastRun;
    }

    public void rebuild() {
        act(text("searchIndex.rebuildNotStarted"), () -> Messages.info(text("searchIndex.rebuildStarted",
                rebuilds.start(null).executionId())));
    }

    public void stop() {
        act(text("searchIndex.notStopped"), () -> {
            rebuilds.stop();
            Messages.info(text("searchIndex.stopping"));
        });
    }

    public void restart() {
        act(text("searchIndex.notRestarted"), () -> Messages.info(text("searchIndex.rebuildRestarted",
                rebuilds.restart().executionId())));
    }

    public void refresh() {
        checked = null;
        lastRunRead = false;
    }

    private void act(String refusedPrefix, Runnable action) {
        Messages.attempt(refusedPrefix, action);
        refresh();
    }
}
