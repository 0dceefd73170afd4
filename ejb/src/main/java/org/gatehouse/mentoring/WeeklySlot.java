package org.gatehouse.mentoring;

import java.time.DayOfWeek;

/** A part of a week a mentor is available in. */
public enum WeeklySlot {
    MON_MORNING(DayOfWeek.MONDAY, "Monday morning"),
    MON_AFTERNOON(DayOfWeek.MONDAY, "Monday afternoon"),
    MON_EVENING(DayOfWeek.MONDAY, "Monday evening"),
    TUE_MORNING(DayOfWeek.TUESDAY, "Tuesday morning"),
    TUE_AFTERNOON(DayOfWeek.TUESDAY, "Tuesday afternoon"),
    TUE_EVENING(DayOfWeek.TUESDAY, "Tuesday evening"),
    WED_MORNING(DayOfWeek.WEDNESDAY, "Wednesday morning"),
    WED_AFTERNOON(DayOfWeek.WEDNESDAY, "Wednesday afternoon"),
    WED_EVENING(DayOfWeek.WEDNESDAY, "Wednesday evening"),
    THU_MORNING(DayOfWeek.THURSDAY, "Thursday morning"),
    THU_AFTERNOON(DayOfWeek.THURSDAY, "Thursday afternoon"),
    THU_EVENING(DayOfWeek.THURSDAY, "Thursday evening"),
    FRI_MORNING(DayOfWeek.FRIDAY, "Friday morning"),
    FRI_AFTERNOON(DayOfWeek.FRIDAY, "Friday afternoon"),
    FRI_EVENING(DayOfWeek.FRIDAY, "Friday evening"),
    SAT_MORNING(DayOfWeek.SATURDAY, "Saturday morning"),
    SAT_AFTERNOON(DayOfWeek.SATURDAY, "Saturday afternoon"),
    SAT_EVENING(DayOfWeek.SATURDAY, "Saturday evening"),
    SUN_MORNING(DayOfWeek.SUNDAY, "Sunday morning"),
    SUN_AFTERNOON(DayOfWeek.SUNDAY, "Sunday afternoon"),
    SUN_EVENING(DayOfWeek.SUNDAY, "Sunday evening");

    private final DayOfWeek day;
    private final String label;

    WeeklySlot(DayOfWeek day, String label) {
        this.day = day;
        this.label = label;
    }

    public DayOfWeek day() {
        return day;
    }

    public String getLabel() {
        return label;
    }
}
