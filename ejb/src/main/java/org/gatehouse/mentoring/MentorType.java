package org.gatehouse.mentoring;

/** Who the mentor is. */
public enum MentorType {
    VOLUNTEER("Volunteer"),
    LIVED_EXPERIENCE("Lived experience of prison"),
    PAID("Paid staff");

    private final String label;

    MentorType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
