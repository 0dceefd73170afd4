package org.gatehouse.reoffending;

import static org.gatehouse.platform.ScreenWords.text;

import org.gatehouse.platform.Downloads;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.platform.InvalidInputException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The reoffending feed screen: upload a feed file or collect the drop folder, watch the runs, download rejects. */
@Named
@ViewScoped
public class ReoffendingFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReoffendingFeeds feeds;

    private Long runId;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            runId = feeds.receive(file.getFileName(), file.getContent());
            message(FacesMessage.SEVERITY_INFO, text("reoffendingFeed.started", file.getFileName()));
        } catch (InvalidInputException invalid) {
            message(FacesMessage.SEVERITY_ERROR, text("reoffendingFeed.notImported", invalid.getMessage()));
        }
    }

    public void collect() {
        List<Long> runs = feeds.collect();
        if (runs.isEmpty()) {
            message(FacesMessage.SEVERITY_INFO, text("reoffendingFeed.nothingWaiting"));
        } else {
            runId = runs.get(runs.size() - 1);
            message(FacesMessage.SEVERITY_INFO, runs.size() == 1 ? text("reoffendingFeed.collectedOne")
                    : text("reoffendingFeed.collectedMany", runs.size()));
        }
    }

    public FeedSummary getSummary() {
        return runId == null ? null : feeds.summary(runId);
    }

    public List<FeedSummary> getRecent() {
        return feeds.recent();
    }

    public String getDropFolder() {
        return feeds.dropFolder();
    }

    public void show(long run) {
        this.runId = run;
    }

    public StreamedContent rejects(long run) {
        byte[] csv = feeds.rejectsCsv(run);
        return Downloads.of("feed-rejects-" + run + ".csv", "text/csv; charset=UTF-8", csv);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
