package org.gatehouse.mentoring;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/** Mentor training: courses, sessions (training, debriefs, supervision) and who attended them. */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentorTraining training;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private ScreenWords words;

    private String courseCode;
    private String courseName;
    private boolean courseRequired = true;
    private SessionKind kind;
    private String sessionCourse;
    private LocalDate heldOn;
    private String place;
    private Long selectedId;
    private List<AttendanceRow> rows = new ArrayList<>();

    /** One mentor's line in the attendance register. */
    public static class AttendanceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long mentorId;
        private final String name;
        private boolean attended;
        private boolean completed;

        AttendanceRow(long mentorId, String name, boolean attended, boolean completed) {
            this.mentorId = mentorId;
            this.name = name;
            this.attended = attended;
            this.completed = completed;
        }

        public long getMentorId() {
            return mentorId;
        }

        public String getName() {
            return name;
        }

        public boolean isAttended() {
            return attended;
        }

        public void setAttended(boolean attended) {
            this.attended = attended;
        }

        public boolean isCompleted() {
            return completed;
        }

        public void setCompleted(boolean completed) {
            this.completed = completed;
        }
    }

    public void addCourse() {
        try {
            Course course = training.addCourse(courseCode, courseName, courseRequired);
            Messages.info(text("training.courseAdded", course.getName()));
            courseCode = null;
            courseName = null;
            courseRequired = true;
        } catch (RuntimeException refusal) {
            Messages.refused(text("training.courseNotAdded"), refusal);
        }
    }

    public void schedule() {
        try {
            MentorSession session = training.schedule(kind, sessionCourse, heldOn, place);
            Messages.info(text("training.sessionRecorded", words.label(session.getKind()),
                    words.day(session.getHeldOn())));
            kind = null;
            sessionCourse = null;
            heldOn = null;
            place = null;
        } catch (RuntimeException refusal) {
            Messages.refused(text("training.sessionNotRecorded"), refusal);
        }
    }

    /** Opens a session's attendance register: every mentor who is not an applicant nor has left. */
    public void open(long sessionId) {
        try {
            MentorSession session = training.session(sessionId);
            selectedId = sessionId;
            rows = new ArrayList<>();
            for (Mentor mentor : mentors.mentors(null)) {
                if (mentor.getStatus() == MentorStatus.APPLICANT || mentor.getStatus() == MentorStatus.EXITED) {
                    continue;
                }
                var attendance = session.of(mentor.getId());
                rows.add(new AttendanceRow(mentor.getId(), mentor.getFamilyName() + ", " + mentor.getGivenName(),
                        attendance.map(Attendance::isAttended).orElse(false),
                        attendance.map(Attendance::isCompleted).orElse(false)));
            }
        } catch (RuntimeException refusal) {
            Messages.refused(text("training.cannotOpen"), refusal);
        }
    }

    public void saveAttendance() {
        Map<Long, Boolean> attended = new LinkedHashMap<>();
        Set<Long> completed = new HashSet<>();
        for (AttendanceRow row : rows) {
            attended.put(row.getMentorId(), row.isAttended());
            if (row.isCompleted()) {
                completed.add(row.getMentorId());
            }
        }
        try {
            training.recordAttendance(selectedId, attended, completed);
            Messages.info(text("training.attendanceSaved"));
        } catch (RuntimeException refusal) {
            Messages.refused(text("training.attendanceNotSaved"), refusal);
        }
    }

    public List<Course> getCourses() {
        return training.courses();
    }

    public List<MentorSession> getSessions() {
        return training.sessions();
    }

    public MentorSession getSelected() {
        return selectedId == null ? null : training.session(selectedId);
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public boolean isCourseRequired() {
        return courseRequired;
    }

    public void setCourseRequired(boolean courseRequired) {
        this.courseRequired = courseRequired;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getSessionCourse() {
        return sessionCourse;
    }

    public void setSessionCourse(String sessionCourse) {
        this.sessionCourse = sessionCourse;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
