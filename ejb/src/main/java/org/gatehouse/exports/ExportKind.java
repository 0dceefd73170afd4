package org.gatehouse.exports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gatehouse.platform.Labelled;

/** What a background export makes, in which formats, from which parameters (as a link gives them). */
public enum ExportKind implements Labelled {
    PARTICIPANT_LIST(List.of("PDF", "XLSX"), List.of()),
    REOFFENDING_REPORT(List.of("PDF", "XLSX", "CSV"), List.of("cohortFrom", "cohortTo",
            "agency", "program", "region", "gender", "indigenousStatus", "vulnerability", "breakdown", "baseline")),
    SERVICE_LEVEL_REPORT(List.of("PDF", "XLSX", "CSV"), List.of("monthFrom", "monthTo",
            "agency", "program", "region", "breakdown")),
    REOFFENDING_MEASURES(List.of("CSV"), List.of());

    private final List<String> formats;
    private final List<String> parameters;

    ExportKind(List<String> formats, List<String> parameters) {
        this.formats = formats;
        this.parameters = parameters;
    }

    /** The kind a request names; empty when it names none. */
    public static Optional<ExportKind> named(String text) {
        return Arrays.stream(values()).filter(k -> text != null && k.name().equals(text.strip())).findFirst();
    }

    /** The formats it comes in (the names of the reports' formats). */
    public List<String> formats() {
        return formats;
    }

    /** The parameters it takes; any other is refused. */
    public List<String> parameters() {
        return parameters;
    }
}
