package org.gatehouse.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a pool proposal: a participant, the mentor proposed, the score and its reasons. */
@Embeddable
public class PoolPlacement {

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 1000)
    private String reasons;

    protected PoolPlacement() {
    }

    PoolPlacement(Pool.Assignment assignment) {
        participantId = assignment.participantId();
        mentorId = assignment.proposal().mentor().id();
        score = assignment.proposal().score();
        String joined = String.join("; ", assignment.proposal().reasons());
        reasons = joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
    }

    public long getParticipantId() {
        return participantId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public int getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }
}
