package org.gatehouse.appointments;

import org.gatehouse.platform.Labelled;

/** Whom the participant has to see: the appointments a mentor helps them keep after release. */
public enum AppointmentKind implements Labelled {
    OFFENDER_MANAGER,
    HOUSING,
    BENEFITS,
    HEALTH,
    COURT,
    OTHER
}
