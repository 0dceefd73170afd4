package org.gatehouse.casework;

/** The orders a participant list can be sorted in. */
public enum ParticipantSort {
    FAMILY_NAME("familyName"),
    EXTERNAL_REF("externalRef"),
    JUSTICE_ID("justiceId"),
    PRISON("prison"),
    REFERRAL_DATE("referralDate"),
    EXPECTED_RELEASE_DATE("expectedReleaseDate"),
    REGION("region"),
    PROGRAM("program");

    private final String attribute;

    ParticipantSort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
