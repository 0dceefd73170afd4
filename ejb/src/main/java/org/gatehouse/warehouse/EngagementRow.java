package org.gatehouse.warehouse;

import java.time.LocalDate;

/** An engagement as the warehouse keeps it: under its pseudonym, with its enrolment's. */
public record EngagementRow(long engagementKey, long participantKey, LocalDate engagedOn, String kind,
                            String attendance, String punctuality, Integer durationMinutes, boolean withMentor,
                            boolean awaitingSignOff) {
}
