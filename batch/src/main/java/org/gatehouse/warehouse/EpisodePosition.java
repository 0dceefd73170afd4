package org.gatehouse.warehouse;

import java.io.Serializable;

/** Where the episode reader is: the agency (in id order) and the last case id of it read. */
record EpisodePosition(int agency, long afterParticipantId) implements Serializable {

    EpisodePosition nextAgency() {
        return new EpisodePosition(agency + 1, 0);
    }

    EpisodePosition after(long participantId) {
        return new EpisodePosition(agency, participantId);
    }
}
