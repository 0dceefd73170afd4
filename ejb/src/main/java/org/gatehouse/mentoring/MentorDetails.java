package org.gatehouse.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.casework.Gender;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;

/**
 * What a coordinator records about a mentor. {@code ownReleaseDate} is a lived-experience mentor's
 * own release (matching keeps a distance from it); {@code formerParticipantId} links a mentor who
 * was a participant of the agency.
 */
public record MentorDetails(String region, String givenName, String familyName, String email, String phone,
                            Gender gender, MentorType type, String languages, String culturalBackground,
                            boolean canDrive, int capacity, Set<WeeklySlot> availability, LocalDate ownReleaseDate,
                            Long formerParticipantId) {

    public static final int MAX_CAPACITY = 20;

    public MentorDetails {
        region = Texts.strippedOrNull(region);
        givenName = Texts.strippedOrNull(givenName);
        familyName = Texts.strippedOrNull(familyName);
        email = Texts.strippedOrNull(email);
        phone = Texts.strippedOrNull(phone);
        languages = Texts.strippedOrNull(languages);
        culturalBackground = Texts.strippedOrNull(culturalBackground);
        availability = availability == null || availability.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(availability));
    }

    public List<Violation> violations(LocalDate today) {
        List<Violation> found = new ArrayList<>();
        Checks.line(found, "region", region, 32, true);
        Checks.line(found, "given_name", givenName, 100, true);
        Checks.line(found, "family_name", familyName, 100, true);
        Checks.email(found, "email", email);
        Checks.phone(found, "phone", phone);
        Checks.required(found, "gender", gender);
        Checks.required(found, "type", type);
        Checks.line(found, "languages", languages, 200, false);
        Checks.line(found, "cultural_background", culturalBackground, 200, false);
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            found.add(new Violation("capacity", "must be 0-" + MAX_CAPACITY + " mentees"));
        }
        if (ownReleaseDate != null && ownReleaseDate.isAfter(today)) {
            found.add(new Violation("own_release_date", "cannot be in the future"));
        }
        return found;
    }
}
