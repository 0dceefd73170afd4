package org.gatehouse.matching;

import java.time.LocalDate;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;

/**
 * What the matcher knows of a mentor: who, where, when, load and experience (matches completed),
 * and whether vetting and training allow a match.
 */
public record MentorCandidate(long id, String name, boolean active, Gender gender, MentorType type, String region,
                              Set<String> languages, String culturalBackground, boolean canDrive,
                              Set<WeeklySlot> availability, int capacity, int currentLoad, int completedMatches,
                              boolean vettingCleared,
                              boolean trained, LocalDate ownReleaseDate) {

    public MentorCandidate {
        languages = Languages.normalised(languages);
        availability = Set.copyOf(availability);
    }
}
