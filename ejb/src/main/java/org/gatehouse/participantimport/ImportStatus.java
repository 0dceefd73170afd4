package org.gatehouse.participantimport;

/** Where an import run is. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    /** The file as a whole could not be read (empty, no usable header): no row was imported. */
    FAILED
}
