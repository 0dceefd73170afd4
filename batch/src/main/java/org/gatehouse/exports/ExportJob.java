package org.gatehouse.exports;

/** The {@code export-file} job: makes one background export (its id a job parameter). */
final class ExportJob {

    static final String NAME = "export-file";

    private ExportJob() {
    }
}
