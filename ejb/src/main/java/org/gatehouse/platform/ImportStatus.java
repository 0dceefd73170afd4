package org.gatehouse.platform;

/** Where a file import (participants, the reoffending feed) is. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    /** The file as a whole could not be read (empty, no usable header): no row was imported. */
    FAILED
}
