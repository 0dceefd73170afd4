package org.gatehouse.exports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gatehouse.dashboards.ReoffendingExport;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.DatabaseTrouble;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.reports.ParticipantListReport;
import org.gatehouse.reports.RenderedReport;
import org.gatehouse.reports.ReoffendingDashboardReport;
import org.gatehouse.reports.ReportFormat;
import org.gatehouse.reports.ServiceLevelReport;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Makes a background export as the person who asked for it, with their rights as they are now (a
 * person whose role was taken away meanwhile gets a refusal, not the file), and keeps the file or
 * the reason it could not be made. A restarted job makes it again unless it was made or failed.
 */
@Named
public class ExportFileMaker extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ExportFileMaker.class.getName());

    @Inject
    @BatchProperty
    private String exportId;

    @Inject
    @BatchProperty
    private String agencyId;

    @Inject
    private ExportLedger ledger;

    @Inject
    private ParticipantListReport participantList;

    @Inject
    private ReoffendingDashboardReport reoffendingReport;

    @Inject
    private ServiceLevelReport serviceLevelReport;

    @Inject
    private ReoffendingExport measures;

    @Override
    public String process() {
        long id = Long.parseLong(exportId);
        // not found under this agency: nothing of it is touched, and the job fails for the monitor
        Optional<Caller> requester = Callers.runAs(system(), () -> ledger.requesterOf(id));
        try {
            if (requester.isEmpty()) {
                Callers.runAs(system(), () -> ledger.fail(id, "Not made: the account that asked for it is no longer "
                        + "enabled"));
                return "FAILED";
            }
            return Callers.runAs(requester.get(), () -> make(id));
        } catch (RuntimeException e) {
            // never left waiting: the export is failed as the system, then the job fails for the monitor
            try {
                Callers.runAs(system(), () -> ledger.fail(id, "Not made: the server could not make it; ask for it "
                        + "again, or tell your administrator"));
            } catch (RuntimeException again) {
                LOG.warning(() -> "Export " + id + " could not be marked failed: " + again.getClass().getName());
            }
            throw e;
        }
    }

    /**
     * The batch system for the export's agency (none: the platform's, for a commissioner's export);
     * the export is found only under its own agency, so a wrong one finds nothing to make.
     */
    private Caller system() {
        return agencyId == null || agencyId.isBlank() ? Caller.platform() : Caller.systemFor(Long.valueOf(agencyId), null);
    }

    private String make(long id) {
        Optional<ExportLedger.Request> request = ledger.start(id);
        if (request.isEmpty()) {
            return "DONE BEFORE";
        }
        try {
            RenderedReport file = render(request.get());
            ledger.finish(id, file.fileName(), file.contentType(), file.content());
            return "READY";
        } catch (InvalidInputException e) {
            ledger.fail(id, "Not made: " + e.getViolations().stream().map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")));
        } catch (AccessDeniedException e) {
            ledger.fail(id, "Not made: you may no longer export this");
        } catch (RuntimeException e) {
            // the reason stays in the server's log by kind only: a message could hold case data
            LOG.warning(() -> "Export " + id + " failed: " + e.getClass().getName());
            ledger.fail(id, DatabaseTrouble.OUT_OF_ROOM.causedIt(e)
                    ? "Not made: the database has no room left to keep the file; tell your administrator, and ask "
                    + "for it again once they have made room"
                    : "Not made: the server could not make it (" + e.getClass().getSimpleName()
                    + "); ask for it again, or tell your administrator");
        }
        return "FAILED";
    }

    private RenderedReport render(ExportLedger.Request request) {
        ReportFormat format = ReportFormat.valueOf(request.format());
        Map<String, String> p = request.parameters();
        return switch (request.kind()) {
            case PARTICIPANT_LIST -> participantList.render(format);
            case REOFFENDING_REPORT -> reoffendingReport.renderRequested(ReoffendingFilter.of(p), p.get("breakdown"),
                    p.get("baseline"), format);
            case SERVICE_LEVEL_REPORT -> serviceLevelReport.render(ServiceLevelFilter.of(p),
                    p.get("breakdown"), format);
            case REOFFENDING_MEASURES -> new RenderedReport(ReoffendingExport.FILE_NAME, "text/csv; charset=UTF-8",
                    measures.csv());
        };
    }
}
