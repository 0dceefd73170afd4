package org.gatehouse.casework;

/** Fired in the transaction that ends a case, so that what hangs on an open case can follow. */
public record CaseEnded(long participantId) {
}
