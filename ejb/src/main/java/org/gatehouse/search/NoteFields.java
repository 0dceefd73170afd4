package org.gatehouse.search;

/** The fields of a note's entry in the index. */
final class NoteFields {

    /** The note (its first version's id): one entry per note, replaced by each new version. */
    static final String NOTE = "note";
    /** The note and its current version as numbers (doc values), to show with a hit. */
    static final String NOTE_NUMBER = "note_number";
    static final String VERSION_NUMBER = "version_number";
    static final String AGENCY = "agency";
    /** The case (participant) id as a term, for the access filter. */
    static final String PARTICIPANT = "participant";
    /** The case id as a number (doc values), for counting and grouping notes by case. */
    static final String CASE = "case";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String REFERENCES = "references";
    static final String PATHWAY = "pathway";
    static final String SENSITIVITY = "sensitivity";
    static final String AUTHOR = "author";
    static final String PROGRAM = "program";
    static final String WRITTEN = "written";
    /** The case's name as doc values: shown with a hit. */
    static final String CASE_LABEL = "case_label";

    /** The layout of the entries: an index written with another is rebuilt at start. */
    static final String SCHEMA = "2";

    /** The value of a note filed under no pathway. */
    static final String GENERAL = "GENERAL";

    private NoteFields() {
    }
}
