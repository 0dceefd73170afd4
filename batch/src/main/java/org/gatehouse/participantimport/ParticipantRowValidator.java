package org.gatehouse.participantimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gatehouse.agency.Agency;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.csv.CsvRow;
import org.gatehouse.platform.Violation;

/** Checks a row against the format and the agency's rules; a row breaking any is rejected whole. */
@Named
public class ParticipantRowValidator implements ItemProcessor {

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

    private Agency agency;

    @Override
    public Object processItem(Object item) {
        CsvRow row = (CsvRow) item;
        if (row.problem() != null) {
            return ParticipantRowVerdict.rejected(row.line(), row.value("external_ref"), row.problem());
        }
        ParticipantCsvFormat.ParsedRow parsed = ParticipantCsvFormat.parse(row.values());
        List<Violation> violations = new ArrayList<>(parsed.violations());
        violations.addAll(ImportJob.asAgency(agencyId, () -> registry.violations(agency(), parsed.details())));
        if (!violations.isEmpty()) {
            return ParticipantRowVerdict.rejected(row.line(), row.value("external_ref"),
                    violations.stream().distinct().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        return ParticipantRowVerdict.accepted(row.line(), parsed.details());
    }

    private Agency agency() {
        if (agency == null) {
            agency = ledger.agencyOf(Long.parseLong(runId));
        }
        return agency;
    }
}
