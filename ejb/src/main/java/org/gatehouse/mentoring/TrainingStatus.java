package org.gatehouse.mentoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A mentor's training: the courses completed, and the required ones still missing before a first match. */
public record TrainingStatus(List<String> completed, List<String> requiredMissing) {

    public TrainingStatus {
        completed = List.copyOf(completed);
        requiredMissing = List.copyOf(requiredMissing);
    }

    public boolean readyToMatch() {
        return requiredMissing.isEmpty();
    }

    public static TrainingStatus of(Long mentorId, Collection<Course> courses, Collection<MentorSession> sessions) {
        List<String> completed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Course course : courses) {
            boolean done = sessions.stream().anyMatch(s -> s.getCourse() != null
                    && s.getCourse().getId().equals(course.getId())
                    && s.of(mentorId).map(Attendance::isCompleted).orElse(false));
            if (done) {
                completed.add(course.getName());
            } else if (course.isRequiredBeforeMatch()) {
                missing.add(course.getName());
            }
        }
        return new TrainingStatus(completed, missing);
    }
}
