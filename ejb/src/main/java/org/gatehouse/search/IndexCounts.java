package org.gatehouse.search;

import java.util.Map;

/** What an index generation holds: notes in all, and per agency id. */
public record IndexCounts(int total, Map<Long, Integer> perAgency) {
}
