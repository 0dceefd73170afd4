package org.gatehouse.matching;

import org.gatehouse.platform.Labelled;

/** A pool proposal waits for the coordinator, who publishes it (the matches start) or discards it. */
public enum ProposalStatus implements Labelled {
    PENDING,
    PUBLISHED,
    DISCARDED
}
