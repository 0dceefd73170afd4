package org.gatehouse.casework;

/**
 * Fired in the transaction that changes a case's details (names, references, program...), for
 * what keeps a copy of them outside the database (the search index) to refresh after the commit.
 */
public record CaseDetailsChanged(long participantId, long agencyId, String agencyCode) {
}
