package org.gatehouse.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Punctuality;

/**
 * An appointment as the API shows it (identity, version, its outcome once recorded) and takes it
 * (what is booked: kind, day, time, length, place, whom with, whether the mentor goes along).
 */
public record AppointmentJson(
        Long id,
        Long version,
        Long participantId,
        AppointmentKind kind,
        LocalDate on,
        LocalTime at,
        Integer durationMinutes,
        String place,
        String withWhom,
        Boolean mentorAttends,
        Attendance attendance,
        Punctuality punctuality,
        String bookedBy) {

    public static AppointmentJson of(Appointment a) {
        return new AppointmentJson(a.getId(), a.getVersion(), a.getParticipant().getId(), a.getKind(), a.getOn(),
                a.getAt(), a.getDurationMinutes(), a.getPlace(), a.getWithWhom(), a.isMentorAttends(),
                a.getAttendance(), a.getPunctuality(), a.getBookedBy());
    }

    public AppointmentDetails details() {
        return new AppointmentDetails(kind, on, at, durationMinutes, place, withWhom, Boolean.TRUE.equals(mentorAttends));
    }

    /** What was asked for, in one form (an idempotency key's request). */
    static AppointmentJson asked(long participantId, AppointmentDetails d) {
        return new AppointmentJson(null, null, participantId, d.kind(), d.on(), d.at(), d.durationMinutes(), d.place(),
                d.withWhom(), d.mentorAttends(), null, null, null);
    }
}
