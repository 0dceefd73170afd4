package org.gatehouse.engagement;

/** Who took part in an engagement, besides whoever recorded it. */
public enum Attendee {
    PARTICIPANT("Participant"),
    MENTOR("Mentor"),
    CASE_WORKER("Case worker"),
    OFFENDER_MANAGER("Offender Manager"),
    PARTNER_SERVICE("Partner service"),
    FAMILY("Family");

    private final String label;

    Attendee(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
