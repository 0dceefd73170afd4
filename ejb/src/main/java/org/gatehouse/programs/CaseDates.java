package org.gatehouse.programs;

import java.time.LocalDate;
import java.util.Objects;

/** The dates of a case the plan is counted from. The actual release date, once known, wins. */
public record CaseDates(LocalDate referral, LocalDate expectedRelease, LocalDate actualRelease, LocalDate exit) {

    public CaseDates {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(expectedRelease, "expectedRelease");
    }

    public LocalDate release() {
        return actualRelease != null ? actualRelease : expectedRelease;
    }

    public boolean exitedBy(LocalDate day) {
        return exit != null && !exit.isAfter(day);
    }
}
