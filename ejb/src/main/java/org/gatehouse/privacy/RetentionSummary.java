package org.gatehouse.privacy;

/** An agency's retention rule as it stands: its months, the cases de-identified so far, those due within 30 days. */
public record RetentionSummary(int months, long deidentified, long dueWithin30Days) {
}
