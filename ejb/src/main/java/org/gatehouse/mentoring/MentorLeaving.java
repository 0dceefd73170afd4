package org.gatehouse.mentoring;

/**
 * Fired in the transaction that would make a mentor leave, before it does: an observer that finds
 * something still hanging on the mentor (current mentees) refuses by throwing.
 */
public record MentorLeaving(long mentorId) {
}
