package org.gatehouse.matching;

import java.util.List;

/** The eligible mentors, best first, each with its score and reasons; and why every other one was excluded. */
public record Ranking(List<Proposal> proposals, List<Exclusion> exclusions) {

    public record Proposal(MentorCandidate mentor, int score, List<String> reasons) {
        public Proposal {
            reasons = List.copyOf(reasons);
        }
    }

    public record Exclusion(MentorCandidate mentor, List<String> reasons) {
        public Exclusion {
            reasons = List.copyOf(reasons);
        }
    }

    public Ranking {
        proposals = List.copyOf(proposals);
        exclusions = List.copyOf(exclusions);
    }
}
