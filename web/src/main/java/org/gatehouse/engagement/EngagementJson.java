package org.gatehouse.engagement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.gatehouse.programs.ActivityKind;

/**
 * An engagement as the API shows it (identity, version, who logged it, whether it awaits a case
 * worker's sign-off) and takes it (the rest).
 */
public record EngagementJson(
        Long id,
        Long version,
        Long participantId,
        ActivityKind kind,
        LocalDate happenedOn,
        LocalTime startsAt,
        Integer durationMinutes,
        Attendance attendance,
        Punctuality punctuality,
        Set<Attendee> attendees,
        String recordedBy,
        Boolean awaitingSignOff) {

    public static EngagementJson of(Engagement e) {
        return new EngagementJson(e.getId(), e.getVersion(), e.getParticipant().getId(), e.getKind(),
                e.getHappenedOn(), e.getStartsAt(), e.getDurationMinutes(), e.getAttendance(), e.getPunctuality(),
                e.getAttendees(), e.getRecordedBy(), e.isAwaitingSignOff());
    }

    public EngagementDetails details() {
        return new EngagementDetails(kind, happenedOn, startsAt, durationMinutes, attendance, punctuality, attendees);
    }

    /** What was asked for, in one form whatever order the attendees came in (an idempotency key's request). */
    static EngagementJson asked(long participantId, EngagementDetails d) {
        return new EngagementJson(null, null, participantId, d.kind(), d.on(), d.startsAt(), d.durationMinutes(),
                d.attendance(), d.punctuality(), d.attendees().isEmpty() ? Set.of() : EnumSet.copyOf(d.attendees()),
                null, null);
    }
}
