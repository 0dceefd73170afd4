package org.gatehouse.exports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a background export makes, in which formats, from which parameters (as a link gives them). */
public enum ExportKind {
    PARTICIPANT_LIST("Participant list", List.of("PDF", "XLSX"), List.of()),
    REOFFENDING_REPORT("Reoffending dashboard", List.of("PDF", "XLSX", "CSV"), List.of("cohortFrom", "cohortTo",
            "agency", "program", "region", "gender", "indigenousStatus", "vulnerability", "breakdown", "baseline")),
    SERVICE_LEVEL_REPORT("Service-level dashboard", List.of("PDF", "XLSX", "CSV"), List.of("monthFrom", "monthTo",
            "agency", "program", "region", "breakdown")),
    REOFFENDING_MEASURES("Reoffending measures (FORMATS.md §3)", List.of("CSV"), List.of());

    private final String label;
    private final List<String> formats;
    private final List<String> parameters;

    ExportKind(String label, List<String> formats, List<String> parameters) {
        this.label = label;
        this.formats = formats;
        this.parameters = parameters;
    }

    /** The kind a request names; empty when it names none. */
    public static Optional<ExportKind> named(String text) {
        return Arrays.stream(values()).filter(k -> text != null && k.name().equals(text.strip())).findFirst();
    }

    public String label() {
        return label;
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
