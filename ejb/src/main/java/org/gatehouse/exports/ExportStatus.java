package org.gatehouse.exports;

/** Where a background export stands. */
public enum ExportStatus {
    /** Asked for; the job has not begun. */
    QUEUED,
    /** Being made. */
    RUNNING,
    /** Made: ready to download until it expires. */
    READY,
    /** Not made; the reason is kept. */
    FAILED
}
