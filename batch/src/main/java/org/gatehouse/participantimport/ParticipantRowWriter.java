package org.gatehouse.participantimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gatehouse.agency.Agency;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.UpsertOutcome;

/**
 * Saves the accepted rows of a chunk and records every row's outcome in the same transaction. A
 * reference given twice in one file is taken from its first line and rejected on the later ones.
 */
@Named
public class ParticipantRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String agencyId;

    @Inject
    private ImportLedger ledger;

    @Inject
    private ParticipantRegistry registry;

    @Override
    public void writeItems(List<Object> items) {
        long run = Long.parseLong(runId);
        ImportJob.asAgency(agencyId, () -> write(run, ledger.agencyOf(run), items));
    }

    private void write(long run, Agency agency, List<Object> items) {
        Map<String, Long> takenInChunk = new HashMap<>();
        List<ImportLine> lines = new ArrayList<>(items.size());
        for (Object item : items) {
            ParticipantRowVerdict verdict = (ParticipantRowVerdict) item;
            if (verdict.isRejected()) {
                lines.add(new ImportLine(run, verdict.line(), verdict.externalRef(), LineOutcome.REJECTED,
                        verdict.rejection()));
                continue;
            }
            String ref = verdict.externalRef();
            OptionalLong firstLine = takenInChunk.containsKey(ref)
                    ? OptionalLong.of(takenInChunk.get(ref)) : ledger.firstLineWithRef(run, ref);
            if (firstLine.isPresent()) {
                lines.add(new ImportLine(run, verdict.line(), ref, LineOutcome.REJECTED,
                        "external_ref: " + ref + " is already given on line " + firstLine.getAsLong()
                                + " of this file"));
                continue;
            }
            takenInChunk.put(ref, verdict.line());
            UpsertOutcome outcome = registry.upsert(agency, verdict.details());
            lines.add(new ImportLine(run, verdict.line(), ref, switch (outcome) {
                case CREATED -> LineOutcome.IMPORTED;
                case UPDATED -> LineOutcome.UPDATED;
                case UNCHANGED -> LineOutcome.UNCHANGED;
            }, null));
        }
        ledger.record(lines);
    }
}
