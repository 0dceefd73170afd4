package org.gatehouse.mentoring;

import java.util.Set;
import org.gatehouse.platform.Labelled;

/** Where a mentor is in their lifecycle, and where they may go next. */
public enum MentorStatus implements Labelled {
    APPLICANT,
    IN_TRAINING,
    ACTIVE,
    PAUSED,
    EXITED;

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
