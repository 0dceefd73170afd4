package org.gatehouse.engagement;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.gatehouse.matching.Match;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;
import org.gatehouse.programs.ActivityKind;

/**
 * A mentor's quick log on a phone: pick the mentee and what happened, and it is recorded for today,
 * now, with the usual length; everything can be changed before saving. The case worker signs it off.
 */
@Named
@ViewScoped
public class QuickLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a mentor logs, most frequent first. */
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.PHONE_CALL, ActivityKind.MENTOR_MEETING,
            ActivityKind.GATE_MEETING, ActivityKind.ESCORT, ActivityKind.TRIANGLE_MEETING,
            ActivityKind.PRE_RELEASE_VISIT, ActivityKind.FIRST_STEPS_ACTIVITY, ActivityKind.GROUP_SESSION);

    @Inject
    private MatchingDesk matching;

    @Inject
    private EngagementLog log;

    @Inject
    private Clock clock;

    @Inject
    private ScreenWords words;

    private Long participantId;
    private ActivityKind kind;
    private LocalDate on;
    private LocalTime at;
    private Integer minutes;
    private Attendance attendance;
    private Punctuality punctuality;
    private transient List<Match> mentees;

    @PostConstruct
    void start() {
        reset();
    }

    private void reset() {
        kind = null;
        on = LocalDate.now(clock);
        at = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        minutes = null;
        attendance = Attendance.ATTENDED;
        punctuality = Punctuality.ON_TIME;
    }

    /** The usual length of what was picked. */
    public void kindPicked() {
        if (kind != null) {
            minutes = kind == ActivityKind.PHONE_CALL ? 10 : kind == ActivityKind.ESCORT ? 120 : 60;
        }
    }

    public void save() {
        if (participantId == null) {
            Messages.errorAt("log:mentee", text("log.chooseMentee"));
            return;
        }
        Messages.attempt(text("log.notLogged"), () -> {
            Engagement logged = log.record(participantId, new EngagementDetails(kind, on, at, minutes, attendance,
                    attendance == Attendance.ATTENDED ? punctuality : null, Set.of(Attendee.PARTICIPANT,
                            Attendee.MENTOR)));
            Messages.info(text("log.logged", words.label(logged.getKind()), words.day(logged.getHappenedOn())));
            reset();
        });
    }

    public List<Match> getMentees() {
        if (mentees == null) {
            mentees = matching.myMentees();
            if (participantId == null && mentees.size() == 1) {
                participantId = mentees.get(0).getParticipant().getId();
            }
        }
        return mentees;
    }

    public List<ActivityKind> getKinds() {
        return KINDS;
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public Punctuality[] getPunctualities() {
        return Punctuality.values();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalTime getAt() {
        return at;
    }

    public void setAt(LocalTime at) {
        this.at = at;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public Punctuality getPunctuality() {
        return punctuality;
    }

    public void setPunctuality(Punctuality punctuality) {
        this.punctuality = punctuality;
    }
}
