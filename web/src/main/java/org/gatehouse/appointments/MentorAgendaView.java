package org.gatehouse.appointments;

import static org.gatehouse.platform.ScreenWords.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gatehouse.platform.Messages;

/** A mentor's home page: their reminders (until dismissed) and their mentees' next two weeks of appointments. */
@Named
@ViewScoped
public class MentorAgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far ahead the home page looks. */
    private static final int DAYS_AHEAD = 14;

    @Inject
    private Reminders reminders;

    @Inject
    private Appointments appointments;

    @Inject
    private Clock clock;

    private transient List<Reminder> mine;
    private transient List<Appointment> next;

    public List<Reminder> getReminders() {
        if (mine == null) {
            mine = reminders.mine();
        }
        return mine;
    }

    public List<Appointment> getNext() {
        if (next == null) {
            LocalDate today = LocalDate.now(clock);
            next = appointments.myCalendar(today, today.plusDays(DAYS_AHEAD)).stream().filter(Appointment::isOpen)
                    .toList();
        }
        return next;
    }

    public void dismiss(Reminder reminder) {
        Messages.attempt(text("index.notDismissed"), () -> {
            reminders.dismiss(reminder.getId());
            mine = null;
        });
    }
}
