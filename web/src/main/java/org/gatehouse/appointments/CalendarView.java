package org.gatehouse.appointments;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gatehouse.agency.AgencyContext;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.platform.Messages;
import org.gatehouse.platform.ScreenWords;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The appointments calendar: of one case ({@code ?case=}), of one mentor's mentees for case staff
 * ({@code ?mentor=}), or, for a signed-in mentor, of their own mentees. Each view of the calendar
 * reads only the days it shows.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Appointments appointments;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private AgencyContext context;

    @Inject
    private ScreenWords words;

    private Long caseId;
    private Long mentorId;
    private String title;
    private String contextPath;
    private LazyScheduleModel model;

    /** On page load: whose calendar, and whether the caller may see it. */
    public void load() {
        if (model != null) {
            return;
        }
        contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        try {
            if (caseId != null) {
                var participant = registry.caseOf(caseId);
                title = text("calendar.ofCase", participant.getGivenName(), participant.getFamilyName());
            } else if (mentorId != null) {
                title = text("calendar.ofMentor", mentors.mentor(mentorId).getName());
            } else if (context.can("MENTOR")) {
                title = text("calendar.mine");
            } else {
                Messages.error(text("calendar.openFromCase"));
                return;
            }
            model = new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime start, LocalDateTime end) {
                    read(start.toLocalDate(), end.toLocalDate()).forEach(a -> addEvent(event(a)));
                }
            };
        } catch (RuntimeException refusal) {
            caseId = null;
            mentorId = null;
            Messages.refused(text("calendar.cannotOpen"), refusal);
        }
    }

    private List<Appointment> read(LocalDate from, LocalDate to) {
        LocalDate last = to.isAfter(from.plusDays(Appointments.MAX_RANGE_DAYS)) ? from.plusDays(
                Appointments.MAX_RANGE_DAYS) : to;
        if (caseId != null) {
            return appointments.calendarOfCase(caseId, from, last);
        }
        return mentorId != null ? appointments.calendarOfMentor(mentorId, from, last)
                : appointments.myCalendar(from, last);
    }

    private DefaultScheduleEvent<Long> event(Appointment a) {
        int minutes = a.getDurationMinutes() == null ? 60 : a.getDurationMinutes();
        String what = a.getAttendance() == null ? words.label(a.getKind())
                : text("calendar.eventWithOutcome", words.label(a.getKind()), words.label(a.getAttendance()));
        String title = caseId != null ? what : text("calendar.eventOf", a.getParticipant().getGivenName() + " "
                + a.getParticipant().getFamilyName(), what);
        return DefaultScheduleEvent.<Long>builder().id(String.valueOf(a.getId())).data(a.getId())
                .title(title)
                .description(a.isMentorAttends() ? text("calendar.withMentor", a.getPlace()) : a.getPlace())
                .startDate(a.startsAt()).endDate(a.startsAt().plusMinutes(minutes))
                .url(contextPath + "/case.xhtml?id=" + a.getParticipant().getId())
                .styleClass(a.getAttendance() == null ? "gh-appointment" : "gh-appointment-done")
                .editable(false).build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getTitle() {
        return title;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }
}
