package org.gatehouse.engagement;

/** Whether an engagement happened. */
public enum Attendance {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED("Cancelled");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
