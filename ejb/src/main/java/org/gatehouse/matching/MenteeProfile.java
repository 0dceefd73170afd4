package org.gatehouse.matching;

import java.util.Set;
import org.gatehouse.mentoring.WeeklySlot;

/**
 * What the matcher knows of a participant waiting for a mentor. {@code womensStream}: the case is
 * in a gender-sensitive stream (a woman mentor only); {@code highRisk}: a high risk of serious harm
 * (a paid mentor only); {@code conflicts}: mentors declared in conflict (co-defendant, victim link).
 */
public record MenteeProfile(long participantId, String region, boolean womensStream, boolean highRisk,
                            boolean needsTransport, Set<String> languages, String culturalBackground,
                            Set<WeeklySlot> wantedTimes, Set<Long> conflicts) {

    public MenteeProfile {
        languages = Languages.normalised(languages);
        wantedTimes = Set.copyOf(wantedTimes);
        conflicts = Set.copyOf(conflicts);
    }
}
