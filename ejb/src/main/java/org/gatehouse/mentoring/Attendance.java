package org.gatehouse.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One mentor at one session: there or not, and (training) whether they completed the course. */
@Embeddable
public class Attendance {

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Column(nullable = false)
    private boolean attended;

    @Column(nullable = false)
    private boolean completed;

    protected Attendance() {
    }

    Attendance(Long mentorId, boolean attended, boolean completed) {
        this.mentorId = mentorId;
        this.attended = attended;
        this.completed = attended && completed;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public boolean isAttended() {
        return attended;
    }

    public boolean isCompleted() {
        return completed;
    }
}
