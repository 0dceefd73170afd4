package org.gatehouse.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gatehouse.platform.Downloads;
import org.primefaces.model.StreamedContent;

/**
 * "My exports": the files made in the background for the signed-in person, refreshed while one is
 * being made, each downloaded once ready.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportLedger ledger;

    @Inject
    private ExportRequests requests;

    private List<ExportSummary> exports = List.of();

    public void load() {
        exports = ledger.mine();
    }

    /** Whether one is still being made (the page keeps refreshing until none is). */
    public boolean isWaiting() {
        return exports.stream().anyMatch(e -> e.status() == ExportStatus.QUEUED || e.status() == ExportStatus.RUNNING);
    }

    public StreamedContent download(long id) {
        ExportLedger.Download file = ledger.download(id);
        return Downloads.of(file.fileName(), file.contentType(), file.content());
    }

    public List<ExportSummary> getExports() {
        return exports;
    }

    /** Asks for the agency's participant list, every participant, in the background. */
    public String participantList(String format) {
        return requests.request(ExportKind.PARTICIPANT_LIST.name(), format, Map.of());
    }
}
