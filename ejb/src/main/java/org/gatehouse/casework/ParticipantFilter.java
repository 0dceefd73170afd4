package org.gatehouse.casework;

/**
 * Which participants of an agency a list shows: each non-blank criterion narrows it
 * (texts match case-insensitively anywhere in the field; codes match exactly).
 */
public record ParticipantFilter(String name, String externalRef, String justiceId, String prison,
                                String region, String program) {

    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null, null, null);
    }
}
