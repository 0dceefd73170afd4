package org.gatehouse.consent;

/** Fired in the transaction that records a withdrawal of consent on a case. */
public record ConsentWithdrawn(long participantId) {
}
