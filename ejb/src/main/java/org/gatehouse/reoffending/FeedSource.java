package org.gatehouse.reoffending;

/** How a feed file reached Gatehouse. */
public enum FeedSource {
    /** Uploaded on the feed screen by a system administrator. */
    UPLOAD,
    /** Collected from the configured drop folder. */
    DROP_FOLDER
}
