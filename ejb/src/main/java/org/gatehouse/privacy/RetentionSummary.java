package org.gatehouse.privacy;

import java.io.Serializable;

/** An agency's retention rule as it stands: its months, the cases de-identified so far, those due within 30 days. */
public record RetentionSummary(int months, long deidentified, long dueWithin30Days) implements Serializable {
}
