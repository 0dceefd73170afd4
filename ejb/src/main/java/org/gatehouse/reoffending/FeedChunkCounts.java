package org.gatehouse.reoffending;

import java.time.LocalDate;

/** What one chunk of feed rows came to, and the latest extract date among the rows kept. */
public record FeedChunkCounts(long imported, long updated, long unchanged, long rejected, long unmatched,
                              LocalDate extractDate) {
}
