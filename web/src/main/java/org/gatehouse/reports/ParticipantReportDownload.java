package org.gatehouse.reports;

import org.gatehouse.platform.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** Downloads of the participant list report. */
@Named
@RequestScoped
public class ParticipantReportDownload {

    @Inject
    private ParticipantListReport report;

    public StreamedContent pdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent xlsx() {
        return download(ReportFormat.XLSX);
    }

    private StreamedContent download(ReportFormat format) {
        RenderedReport rendered = report.render(format);
        return Downloads.of(rendered.fileName(), rendered.contentType(), rendered.content());
    }
}
