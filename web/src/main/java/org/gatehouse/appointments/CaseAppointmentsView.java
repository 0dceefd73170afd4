package org.gatehouse.appointments;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.casework.CaseView;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;

/**
 * The appointments section of the case page: the next appointments, booking one, recording what
 * happened. Case staff and the case's mentor use it alike.
 */
@Named
@ViewScoped
public class CaseAppointmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Appointments appointments;

    @Inject
    private CaseView caseView;

    @Inject
    private ScreenWords words;

    private transient List<Appointment> all;
    private AppointmentKind kind;
    private LocalDate on;
    private LocalTime at;
    private Integer minutes;
    private String place;
    private String withWhom;
    private boolean mentorAttends;
    private Long changingId;
    private long changingVersion;
    /** The outcome chosen in each open appointment's row, by name (map values reach the bean as text). */
    private final Map<Long, String> attendance = new HashMap<>();
    private final Map<Long, String> punctuality = new HashMap<>();

    /** Read with the case (in its transaction). */
    void read(@Observes CaseView.Read read) {
        all = appointments.ofCase(read.caseId());
    }

    private List<Appointment> all() {
        if (all == null) {
            all = caseView.getId() == null ? List.of() : appointments.ofCase(caseView.getId());
        }
        return all;
    }

    /** Still to happen, soonest first. */
    public List<Appointment> getUpcoming() {
        return all().stream().filter(Appointment::isOpen).sorted(Comparator.comparing(
                Appointment::startsAt)).toList();
    }

    /** Those with an outcome, latest first. */
    public List<Appointment> getPast() {
        return all().stream().filter(a -> !a.isOpen()).toList();
    }

    /** Books the appointment, or saves the changes to the one being changed. */
    public void book() {
        Messages.attempt(changingId == null ? text("case.notBooked") : text("case.notChanged"), () -> {
            AppointmentDetails details = new AppointmentDetails(kind, on, at, minutes, place, withWhom, mentorAttends);
            Appointment saved = changingId == null ? appointments.book(caseView.getId(), details)
                    : appointments.change(changingId, changingVersion, details);
            String kind = words.label(saved.getKind());
            String day = words.day(saved.getOn());
            String time = words.time(saved.getAt());
            Messages.info(changingId == null ? text("case.appointmentBooked", kind, day, time)
                    : text("case.appointmentMoved", kind, day, time));
            clear();
        });
    }

    /** Puts the appointment in the form to move or correct it. */
    public void change(Appointment appointment) {
        changingId = appointment.getId();
        changingVersion = appointment.getVersion();
        AppointmentDetails d = appointment.details();
        kind = d.kind();
        on = d.on();
        at = d.at();
        minutes = d.durationMinutes();
        place = d.place();
        withWhom = d.withWhom();
        mentorAttends = d.mentorAttends();
    }

    public void clear() {
        changingId = null;
        kind = null;
        on = null;
        at = null;
        minutes = null;
        place = null;
        withWhom = null;
        mentorAttends = false;
        all = null;
    }

    public boolean isChanging() {
        return changingId != null;
    }

    public void recordOutcome(Appointment appointment) {
        String chosen = attendance.get(appointment.getId());
        String late = punctuality.get(appointment.getId());
        Messages.attempt(text("common.notRecorded"), () -> {
            Appointment done = appointments.recordOutcome(appointment.getId(), appointment.getVersion(),
                    chosen == null || chosen.isEmpty() ? null : Attendance.valueOf(chosen),
                    late == null || late.isEmpty() ? null : Punctuality.valueOf(late));
            Messages.info(text("case.appointmentOutcome", words.day(done.getOn()), words.label(done.getAttendance())));
            all = null;
            // a kept appointment the mentor went to is an escort: the milestones may have moved
            caseView.changed();
        });
    }

    public AppointmentKind[] getKinds() {
        return AppointmentKind.values();
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public Punctuality[] getPunctualities() {
        return Punctuality.values();
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public Map<Long, String> getPunctuality() {
        return punctuality;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(String withWhom) {
        this.withWhom = withWhom;
    }

    public boolean isMentorAttends() {
        return mentorAttends;
    }

    public void setMentorAttends(boolean mentorAttends) {
        this.mentorAttends = mentorAttends;
    }
}
