package org.gatehouse.appointments;

import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Punctuality;

/** How an appointment went, as the API takes it: kept (on time or late), missed or cancelled. */
public record AppointmentOutcomeJson(Attendance attendance, Punctuality punctuality) {
}
