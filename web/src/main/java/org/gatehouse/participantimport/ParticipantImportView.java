package org.gatehouse.participantimport;

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

/** The participant import screen: upload a file, watch its summary, download its rejects. */
@Named
@ViewScoped
public class ParticipantImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantImports imports;

    private Long runId;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            runId = imports.start(file.getFileName(), file.getContent());
            message(FacesMessage.SEVERITY_INFO, text("import.started", file.getFileName()));
        } catch (InvalidInputException invalid) {
            message(FacesMessage.SEVERITY_ERROR, text("import.notImported", invalid.getMessage()));
        }
    }

    public ImportSummary getSummary() {
        return runId == null ? null : imports.summary(runId);
    }

    public List<ImportSummary> getRecent() {
        return imports.recent();
    }

    public void show(long run) {
        this.runId = run;
    }

    public StreamedContent rejects(long run) {
        byte[] csv = imports.rejectsCsv(run);
        return Downloads.of("rejects-" + run + ".csv", "text/csv; charset=UTF-8", csv);
    }

    public Long getRunId() {
        return runId;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
