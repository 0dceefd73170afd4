package org.gatehouse.mentoring;

/** What a session with mentors is. */
public enum SessionKind {
    TRAINING("Training"),
    DEBRIEF("Group debrief"),
    SUPERVISION("Supervision");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
