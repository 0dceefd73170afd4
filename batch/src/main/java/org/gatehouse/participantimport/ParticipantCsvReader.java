package org.gatehouse.participantimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.csv.CsvFile;

/** Reads the rows of the run's uploaded file; the checkpoint is the number of rows already read. */
@Named
public class ParticipantCsvReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String agencyId;

    @Inject
    private ImportLedger ledger;

    private CsvFile file;
    private long rowsRead;

    @Override
    public void open(Serializable checkpoint) {
        file = ParticipantCsvFormat.file(ImportJob.asAgency(agencyId, () -> ledger.content(Long.parseLong(runId))));
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        while (rowsRead < resumeAfter && file.hasNext()) {
            file.next();
            rowsRead++;
        }
    }

    @Override
    public Object readItem() {
        if (!file.hasNext()) {
            return null;
        }
        rowsRead++;
        return file.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return rowsRead;
    }
}
