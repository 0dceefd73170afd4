package org.gatehouse.mentoring;

import java.util.Set;

/** Where a mentor is in their lifecycle, and where they may go next. */
public enum MentorStatus {
    APPLICANT("Applicant"),
    IN_TRAINING("In training"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    EXITED("Exited");

    private final String label;

    MentorStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The statuses a mentor in this one may move to. */
    public Set<MentorStatus> next() {
        return switch (this) {
            case APPLICANT -> Set.of(IN_TRAINING, EXITED);
            case IN_TRAINING -> Set.of(ACTIVE, EXITED);
            case ACTIVE -> Set.of(PAUSED, EXITED);
            case PAUSED -> Set.of(ACTIVE, EXITED);
            case EXITED -> Set.of();
        };
    }
}
