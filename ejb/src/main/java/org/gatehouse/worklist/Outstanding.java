package org.gatehouse.worklist;

import java.time.LocalDate;

/**
 * One thing outstanding (or coming up) on a worklist line, as values the screen puts into words:
 * what it is, the name it is about (a milestone's, a vetting check's or a cadence's: the agency's
 * own words, shown as they are) and its day, or the days of a slot ({@code on} to {@code until}).
 */
public record Outstanding(Kind kind, String name, LocalDate on, LocalDate until) {

    /** What is outstanding; each says which of name, on and until it has. */
    public enum Kind {
        /** A milestone still to do before the release: name. */
        MILESTONE,
        /** A milestone and the day it is due: name, on. */
        MILESTONE_DUE,
        /** The daily call not logged today: nothing more. */
        NO_CALL_TODAY,
        /** A required vetting check never done: name. */
        CHECK_MISSING,
        /** A vetting check whose latest expired: name, on (the expiry). */
        CHECK_EXPIRED,
        /** A vetting check expiring within the warning period: name, on (the expiry). */
        CHECK_EXPIRING,
        /** A slot of a meeting cadence opening soon: name (the cadence's), on, until. */
        MEETING,
        /** A slot of a meeting cadence open now: name, on, until. */
        MEETING_NOW
    }

    public static Outstanding milestone(String name) {
        return new Outstanding(Kind.MILESTONE, name, null, null);
    }

    public static Outstanding due(String milestone, LocalDate due) {
        return new Outstanding(Kind.MILESTONE_DUE, milestone, due, null);
    }

    public static Outstanding noCallToday() {
        return new Outstanding(Kind.NO_CALL_TODAY, null, null, null);
    }

    public static Outstanding checkMissing(String check) {
        return new Outstanding(Kind.CHECK_MISSING, check, null, null);
    }

    public static Outstanding checkExpired(String check, LocalDate expiredOn) {
        return new Outstanding(Kind.CHECK_EXPIRED, check, expiredOn, null);
    }

    public static Outstanding checkExpiring(String check, LocalDate expiresOn) {
        return new Outstanding(Kind.CHECK_EXPIRING, check, expiresOn, null);
    }

    /** A meeting slot from {@code from} to {@code to}, {@code open} if it is open now. */
    public static Outstanding meeting(String cadence, LocalDate from, LocalDate to, boolean open) {
        return new Outstanding(open ? Kind.MEETING_NOW : Kind.MEETING, cadence, from, to);
    }
}
