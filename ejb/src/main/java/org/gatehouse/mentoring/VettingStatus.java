package org.gatehouse.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a mentor's vetting stands on a day: for each required check type the latest check, and
 * whether it is missing, expired, or expiring within the warning period. Check types are named by
 * their own names (the agency's words); the screens put the rest into words.
 */
public record VettingStatus(List<String> missing, List<Expiry> expired, List<Expiry> expiringSoon) {

    /** A check type and the day its latest check expired or expires. */
    public record Expiry(String check, LocalDate expiresOn) {
    }

    /** How far ahead expiries are shown on the coordinator's worklist. */
    public static final int WARNING_DAYS = 30;

    public VettingStatus {
        missing = List.copyOf(missing);
        expired = List.copyOf(expired);
        expiringSoon = List.copyOf(expiringSoon);
    }

    /** Cleared: every required check is in date (one expiring soon still counts). */
    public boolean cleared() {
        return missing.isEmpty() && expired.isEmpty();
    }

    public boolean needsAttention() {
        return !cleared() || !expiringSoon.isEmpty();
    }

    public static VettingStatus of(Collection<CheckType> types, Collection<VettingCheck> checks, LocalDate today) {
        List<String> missing = new ArrayList<>();
        List<Expiry> expired = new ArrayList<>();
        List<Expiry> expiring = new ArrayList<>();
        for (CheckType type : types) {
            if (!type.isRequired()) {
                continue;
            }
            Optional<VettingCheck> latest = checks.stream().filter(c -> c.getType().getId().equals(type.getId()))
                    .max(Comparator.comparing(VettingCheck::getCompletedOn));
            if (latest.isEmpty()) {
                missing.add(type.getName());
            } else if (!latest.get().holdsOn(today)) {
                expired.add(new Expiry(type.getName(), latest.get().getExpiresOn()));
            } else if (latest.get().getExpiresOn() != null
                    && !latest.get().getExpiresOn().isAfter(today.plusDays(WARNING_DAYS))) {
                expiring.add(new Expiry(type.getName(), latest.get().getExpiresOn()));
            }
        }
        return new VettingStatus(missing, expired, expiring);
    }
}
