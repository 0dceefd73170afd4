package org.gatehouse.matching;

import org.gatehouse.platform.Labelled;

/** How a match was chosen: the matcher's first proposal, another eligible mentor (with a reason), or a pool proposal. */
public enum MatchChoice implements Labelled {
    TOP_PROPOSAL,
    OTHER_PROPOSAL,
    POOL
}
