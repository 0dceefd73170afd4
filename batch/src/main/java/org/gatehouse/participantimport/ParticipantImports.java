package org.gatehouse.participantimport;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/** Starts participant imports (FORMATS.md §1) as batch jobs and reports on them. */
@Stateless
public class ParticipantImports {

    public static final String JOB = "participant-import";
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    @Inject
    private ImportLedger ledger;

    @Inject
    private AccessPolicy access;

    /**
     * Keeps the file and starts the import job; returns at once with the run's id. The run is
     * committed before the job starts, so the job always finds it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String fileName, byte[] content) {
        Caller caller = access.requireAgencyRole("import participants", AccessPolicy.IMPORTERS);
        if (content == null) {
            throw new InvalidInputException("file", "no file was uploaded");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<Violation> name = new ArrayList<>();
        Checks.line(name, "fileName", fileName, 255, false);
        if (!name.isEmpty()) {
            throw new InvalidInputException(name);
        }
        long runId = ledger.accept(caller.agencyId(), fileName, content, caller.username()).getId();
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("agencyId", Long.toString(caller.agencyId()));
        jobOperator().start(JOB, parameters);
        return runId;
    }

    public ImportSummary summary(long runId) {
        return ledger.summary(importer().agencyId(), runId);
    }

    public List<ImportLine> rejects(long runId) {
        return ledger.rejects(importer().agencyId(), runId);
    }

    /** The rejects report of a run as CSV: line, external_ref, reason. */
    public byte[] rejectsCsv(long runId) {
        CsvWriter csv = new CsvWriter().row("line", "external_ref", "reason");
        rejects(runId).forEach(l -> csv.row(l.getLineNumber(), l.getExternalRef(), l.getReason()));
        return csv.toBytes();
    }

    public List<ImportSummary> recent() {
        return ledger.recent(importer().agencyId(), 20);
    }

    private Caller importer() {
        return access.requireAgencyRole("see participant imports", AccessPolicy.IMPORTERS);
    }

    private static JobOperator jobOperator() {
        return BatchRuntime.getJobOperator();
    }
}
