package org.gatehouse.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
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
        return DefaultStreamedContent.builder().name(rendered.fileName()).contentType(rendered.contentType())
                .contentLength((long) rendered.content().length)
                .stream(() -> new ByteArrayInputStream(rendered.content())).build();
    }
}
