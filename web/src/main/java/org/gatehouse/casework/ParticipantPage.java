package org.gatehouse.casework;

import java.util.List;

/** One page of a participant list, with the total the filter matches. */
public record ParticipantPage(long total, int first, int max, List<ParticipantJson> items) {
}
