package org.gatehouse.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;

/**
 * An agency's mentoring settings: how much each reason adds to a match score, the limits of the
 * hard rules, and how long a former participant waits after their case ended before they may apply
 * to mentor. An agency without a row has the defaults.
 */
@Entity
@Table(name = "mentoring_settings")
public class MentoringSettings {

    public static final int MAX_WEIGHT = 100;
    /** Region, availability, transport, language, lived experience, cultural fit, load. */
    public static final List<Integer> DEFAULT_WEIGHTS = List.of(30, 20, 15, 15, 10, 5, 10);
    public static final int DEFAULT_LIVED_EXPERIENCE_MIN_DAYS = 365;
    public static final int DEFAULT_EXPERIENCED_AFTER_MATCHES = 3;
    public static final int DEFAULT_FORMER_PARTICIPANT_WAIT_DAYS = 365;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Version
    private long version;

    @Column(name = "weight_region", nullable = false)
    private int region;

    @Column(name = "weight_availability", nullable = false)
    private int availability;

    @Column(name = "weight_transport", nullable = false)
    private int transport;

    @Column(name = "weight_language", nullable = false)
    private int language;

    @Column(name = "weight_lived_experience", nullable = false)
    private int livedExperience;

    @Column(name = "weight_cultural_fit", nullable = false)
    private int culturalFit;

    @Column(name = "weight_load", nullable = false)
    private int load;

    @Column(name = "lived_experience_min_days", nullable = false)
    private int livedExperienceMinDays;

    @Column(name = "experienced_after_matches", nullable = false)
    private int experiencedAfterMatches;

    @Column(name = "former_participant_wait_days", nullable = false)
    private int formerParticipantWaitDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MentoringSettings() {
    }

    /** The defaults, for an agency that has not set its own. */
    public static MentoringSettings defaultsFor(long agencyId, Instant now) {
        MentoringSettings settings = new MentoringSettings();
        settings.agencyId = agencyId;
        settings.change(DEFAULT_WEIGHTS.stream().mapToInt(Integer::intValue).toArray(),
                DEFAULT_LIVED_EXPERIENCE_MIN_DAYS, DEFAULT_EXPERIENCED_AFTER_MATCHES,
                DEFAULT_FORMER_PARTICIPANT_WAIT_DAYS, now);
        return settings;
    }

    /** The weights in order: region, availability, transport, language, lived experience, cultural fit, load. */
    public void change(int[] weights, int livedExperienceMinDays, int experiencedAfterMatches,
                       int formerParticipantWaitDays, Instant now) {
        List<Violation> violations = new ArrayList<>();
        String[] names = {"weight_region", "weight_availability", "weight_transport", "weight_language",
            "weight_lived_experience", "weight_cultural_fit", "weight_load"};
        if (weights.length != names.length) {
            throw new IllegalArgumentException("seven weights");
        }
        for (int i = 0; i < names.length; i++) {
            if (weights[i] < 0 || weights[i] > MAX_WEIGHT) {
                violations.add(new Violation(names[i], "must be 0-" + MAX_WEIGHT));
            }
        }
        if (livedExperienceMinDays < 0 || livedExperienceMinDays > 3650) {
            violations.add(new Violation("lived_experience_min_days", "must be 0-3650 days"));
        }
        if (experiencedAfterMatches < 1 || experiencedAfterMatches > 50) {
            violations.add(new Violation("experienced_after_matches", "must be 1-50 completed matches"));
        }
        if (formerParticipantWaitDays < 0 || formerParticipantWaitDays > 3650) {
            violations.add(new Violation("former_participant_wait_days", "must be 0-3650 days"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        region = weights[0];
        availability = weights[1];
        transport = weights[2];
        language = weights[3];
        livedExperience = weights[4];
        culturalFit = weights[5];
        load = weights[6];
        this.livedExperienceMinDays = livedExperienceMinDays;
        this.experiencedAfterMatches = experiencedAfterMatches;
        this.formerParticipantWaitDays = formerParticipantWaitDays;
        updatedAt = now;
    }

    /** The weights in the order {@link #change} takes them. */
    public int[] weights() {
        return new int[] {region, availability, transport, language, livedExperience, culturalFit, load};
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getVersion() {
        return version;
    }

    public int getLivedExperienceMinDays() {
        return livedExperienceMinDays;
    }

    public int getExperiencedAfterMatches() {
        return experiencedAfterMatches;
    }

    public int getFormerParticipantWaitDays() {
        return formerParticipantWaitDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
