package org.gatehouse.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One warehouse load: full (nothing published before) or incremental (what changed since the last
 * published load, with an overlap), as of a day fixed when it began, staging or published; the
 * reoffending feed's latest extract date when it began (what the measures count as measurable);
 * an incremental load names the published load it builds on.
 */
public record LoadRun(long id, String kind, LocalDate asOf, Instant changedSince, Instant changedUntil, String status,
                      Instant startedAt, Instant publishedAt, long episodes, LocalDate feedExtractDate,
                      Long basedOn) {

    public static final String FULL = "FULL";
    public static final String INCREMENTAL = "INCREMENTAL";
    public static final String STAGING = "STAGING";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String FAILED = "FAILED";
}
