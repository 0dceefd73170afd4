package org.gatehouse.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;

/**
 * Ranks mentors for one participant: the hard exclusions first (every reason a mentor is excluded
 * is given), then a score from the agency's weights with the reasons behind it. Best first; ties go
 * to the mentor with the lighter load, then the lower id, so the same inputs always rank the same.
 */
public final class Matcher {

    private Matcher() {
    }

    public static Ranking rank(MenteeProfile mentee, Collection<MentorCandidate> mentors, MatchWeights weights,
                               MatchRules rules, LocalDate today) {
        List<Ranking.Proposal> proposals = new ArrayList<>();
        List<Ranking.Exclusion> exclusions = new ArrayList<>();
        for (MentorCandidate mentor : mentors) {
            List<String> excluded = exclusions(mentee, mentor, rules, today);
            if (excluded.isEmpty()) {
                proposals.add(score(mentee, mentor, weights));
            } else {
                exclusions.add(new Ranking.Exclusion(mentor, excluded));
            }
        }
        proposals.sort(Comparator.comparingInt(Ranking.Proposal::score).reversed()
                .thenComparingInt(p -> p.mentor().currentLoad())
                .thenComparingLong(p -> p.mentor().id()));
        exclusions.sort(Comparator.comparingLong(e -> e.mentor().id()));
        return new Ranking(proposals, exclusions);
    }

    /** Every hard rule the mentor breaks for this participant (empty: eligible). */
    public static List<String> exclusions(MenteeProfile mentee, MentorCandidate mentor, MatchRules rules,
                                          LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (!mentor.active()) {
            reasons.add("not active");
        }
        if (!mentor.vettingCleared()) {
            reasons.add("vetting missing or expired");
        }
        if (!mentor.trained()) {
            reasons.add("required training not completed");
        }
        if (mentor.currentLoad() >= mentor.capacity()) {
            reasons.add("at capacity (" + mentor.currentLoad() + " of " + mentor.capacity() + ")");
        }
        if (mentee.conflicts().contains(mentor.id())) {
            reasons.add("declared conflict of interest");
        }
        if (mentee.womensStream() && mentor.gender() != Gender.F) {
            reasons.add("the gender-sensitive stream needs a woman mentor");
        }
        if (mentee.highRisk() && mentor.type() != MentorType.PAID
                && mentor.completedMatches() < rules.experiencedAfterMatches()) {
            reasons.add("a high risk-of-harm case needs a paid mentor or one with "
                    + rules.experiencedAfterMatches() + " completed matches");
        }
        if (mentor.type() == MentorType.LIVED_EXPERIENCE && (mentor.ownReleaseDate() == null
                || mentor.ownReleaseDate().plusDays(rules.livedExperienceMinDaysSinceRelease()).isAfter(today))) {
            reasons.add("released less than " + rules.livedExperienceMinDaysSinceRelease() + " days ago"
                    + (mentor.ownReleaseDate() == null ? " (release date not recorded)" : ""));
        }
        return reasons;
    }

    private static Ranking.Proposal score(MenteeProfile mentee, MentorCandidate mentor, MatchWeights weights) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (mentee.region() != null && mentee.region().equals(mentor.region())) {
            score += add(reasons, weights.region(), "same region");
        }
        if (!mentee.wantedTimes().isEmpty()) {
            Set<WeeklySlot> overlap = new HashSet<>(mentee.wantedTimes());
            overlap.retainAll(mentor.availability());
            if (!overlap.isEmpty()) {
                score += add(reasons, weights.availability() * overlap.size() / mentee.wantedTimes().size(),
                        "available " + overlap.size() + " of " + mentee.wantedTimes().size() + " wanted times");
            }
        }
        if (mentee.needsTransport() && mentor.canDrive()) {
            score += add(reasons, weights.transport(), "can give the transport needed");
        }
        Set<String> shared = new HashSet<>(mentee.languages());
        shared.retainAll(mentor.languages());
        if (!shared.isEmpty()) {
            score += add(reasons, weights.language(), "shares " + String.join(", ", shared.stream().sorted().toList()));
        }
        if (mentor.type() == MentorType.LIVED_EXPERIENCE) {
            score += add(reasons, weights.livedExperience(), "lived experience of prison");
        }
        if (mentee.culturalBackground() != null && mentor.culturalBackground() != null
                && mentee.culturalBackground().strip().toLowerCase(Locale.ROOT)
                        .equals(mentor.culturalBackground().strip().toLowerCase(Locale.ROOT))) {
            score += add(reasons, weights.culturalFit(), "same cultural background");
        }
        int free = mentor.capacity() - mentor.currentLoad();
        score += add(reasons, weights.load() * free / mentor.capacity(),
                free + " of " + mentor.capacity() + " places free");
        return new Ranking.Proposal(mentor, score, reasons);
    }

    private static int add(List<String> reasons, int points, String reason) {
        reasons.add(reason + " (+" + points + ")");
        return points;
    }
}
