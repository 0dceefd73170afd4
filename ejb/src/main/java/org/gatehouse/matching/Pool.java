package org.gatehouse.matching;

import java.util.List;

/**
 * A pool proposal as the {@link PoolAssigner} found it: who goes to which mentor (with the score and
 * its reasons), and who is left, with how many mentors were eligible for them (none, or all taken).
 */
public record Pool(List<Assignment> assignments, List<Unplaced> unplaced) {

    public record Assignment(long participantId, Ranking.Proposal proposal) {
    }

    public record Unplaced(long participantId, int eligibleMentors) {
    }

    public Pool {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
    }

    public int totalScore() {
        return assignments.stream().mapToInt(a -> a.proposal().score()).sum();
    }
}
