package org.gatehouse.appointments;

/** Whom the participant has to see: the appointments a mentor helps them keep after release. */
public enum AppointmentKind {
    OFFENDER_MANAGER("Offender Manager / probation"),
    HOUSING("Housing"),
    BENEFITS("Benefits / Jobcentre"),
    HEALTH("Health / GP"),
    COURT("Court"),
    OTHER("Other");

    private final String label;

    AppointmentKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
