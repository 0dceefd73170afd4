package org.gatehouse.warehouse;

import java.time.LocalDate;

/** A mentor in the pipeline as of the load's day: no name, no contact, no participant record. */
public record MentorRow(long mentorKey, long agencyKey, Long regionKey, String type, String status,
                        boolean formerParticipant, LocalDate recruitedOn, boolean vetted, boolean trained,
                        int supervisionSessions, int debriefs, LocalDate exitedOn) {
}
