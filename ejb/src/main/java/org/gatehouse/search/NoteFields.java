package org.gatehouse.search;

/** The fields of a note's entry in the index. */
final class NoteFields {

    /** The note (its first version's id): one entry per note, replaced by each new version. */
    static final String NOTE = "note";
    static final String VERSION = "version";
    static final String AGENCY = "agency";
    static final String PARTICIPANT = "participant";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String REFERENCES = "references";
    static final String PATHWAY = "pathway";
    static final String SENSITIVITY = "sensitivity";
    static final String AUTHOR = "author";
    static final String PROGRAM = "program";
    static final String WRITTEN = "written";
    /** Stored only: shown with a hit. */
    static final String CASE_NAME = "case_name";

    /** The value of a note filed under no pathway. */
    static final String GENERAL = "GENERAL";

    private NoteFields() {
    }
}
