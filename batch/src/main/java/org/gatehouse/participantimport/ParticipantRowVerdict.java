package org.gatehouse.participantimport;

import org.gatehouse.casework.ParticipantDetails;

/** A row after validation: details ready to save, or the reason the row is rejected whole. */
public record ParticipantRowVerdict(long line, String externalRef, ParticipantDetails details, String rejection) {

    public static ParticipantRowVerdict accepted(long line, ParticipantDetails details) {
        return new ParticipantRowVerdict(line, details.externalRef(), details, null);
    }

    public static ParticipantRowVerdict rejected(long line, String externalRef, String reason) {
        return new ParticipantRowVerdict(line, externalRef, null, reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
