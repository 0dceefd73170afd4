package org.gatehouse.warehouse;

import java.time.LocalDate;
import java.util.List;

/**
 * One enrolment as the warehouse keeps it, as of the load's day: pseudonymous keys, the agency's
 * own dimension ids, age band instead of birth date, its cadence slots ended and kept, its
 * milestones, releases, outcome checkpoints, appointments with an outcome and the person's
 * reoffending events.
 */
public record EpisodeRow(long participantKey, long personKey, long agencyKey, long regionKey, long programKey,
                         String gender, String indigenousStatus, String ageBand, List<String> vulnerabilities,
                         LocalDate referralDate, Integer referralLeadDays, LocalDate expectedReleaseDate,
                         LocalDate actualReleaseDate, LocalDate exitDate, String exitType, String exitReason,
                         String phase, LocalDate casePlanAgreedOn, LocalDate firstPreReleaseContactOn,
                         LocalDate gateMeetingOn, LocalDate orientationOn, int firstStepsEngagements,
                         Boolean retained3m, Boolean retained6m, Boolean retained12m, int returnsToCustody,
                         int cadenceSlotsEnded, int cadenceSlotsDone, List<MilestoneRow> milestones,
                         List<LocalDate> releases, List<EventRow> events, List<CheckpointRow> checkpoints,
                         List<AppointmentRow> appointments) {

    /** A milestone of the episode's program: due, done, state as of the load's day. */
    public record MilestoneRow(String code, LocalDate dueOn, LocalDate doneOn, String state) {
    }

    /** A feed event of the person (matched by justice id), under its pseudonym. */
    public record EventRow(long eventKey, String type, LocalDate offenceDate, LocalDate outcomeDate,
                           LocalDate custodyStart, String custodyReason) {
    }

    /** A recorded outcome checkpoint of the episode and its answers, under its pseudonym. */
    public record CheckpointRow(long checkpointKey, String code, LocalDate dueOn, LocalDate recordedOn,
                                String accommodation, String occupation, String treatment, String gpRegistered,
                                String benefitsInPayment, String idHeld, String familyContact) {
    }

    /** An appointment of the episode whose outcome is recorded, under its pseudonym. */
    public record AppointmentRow(long appointmentKey, LocalDate on, String kind, String attendance,
                                 String punctuality, boolean mentorAttends) {
    }

    public EpisodeRow {
        vulnerabilities = List.copyOf(vulnerabilities);
        milestones = List.copyOf(milestones);
        releases = List.copyOf(releases);
        events = List.copyOf(events);
        checkpoints = List.copyOf(checkpoints);
        appointments = List.copyOf(appointments);
    }
}
