package org.gatehouse.appointments;

import java.util.List;

/** One page of a case's appointments, latest first, with how many the case has. */
public record AppointmentPage(long total, int first, int max, List<AppointmentJson> items) {
}
