package org.gatehouse.mentoring;

import java.time.DayOfWeek;
import org.gatehouse.platform.Labelled;

/** A part of a week a mentor is available in. */
public enum WeeklySlot implements Labelled {
    MON_MORNING(DayOfWeek.MONDAY),
    MON_AFTERNOON(DayOfWeek.MONDAY),
    MON_EVENING(DayOfWeek.MONDAY),
    TUE_MORNING(DayOfWeek.TUESDAY),
    TUE_AFTERNOON(DayOfWeek.TUESDAY),
    TUE_EVENING(DayOfWeek.TUESDAY),
    WED_MORNING(DayOfWeek.WEDNESDAY),
    WED_AFTERNOON(DayOfWeek.WEDNESDAY),
    WED_EVENING(DayOfWeek.WEDNESDAY),
    THU_MORNING(DayOfWeek.THURSDAY),
    THU_AFTERNOON(DayOfWeek.THURSDAY),
    THU_EVENING(DayOfWeek.THURSDAY),
    FRI_MORNING(DayOfWeek.FRIDAY),
    FRI_AFTERNOON(DayOfWeek.FRIDAY),
    FRI_EVENING(DayOfWeek.FRIDAY),
    SAT_MORNING(DayOfWeek.SATURDAY),
    SAT_AFTERNOON(DayOfWeek.SATURDAY),
    SAT_EVENING(DayOfWeek.SATURDAY),
    SUN_MORNING(DayOfWeek.SUNDAY),
    SUN_AFTERNOON(DayOfWeek.SUNDAY),
    SUN_EVENING(DayOfWeek.SUNDAY);

    private final DayOfWeek day;

    WeeklySlot(DayOfWeek day) {
        this.day = day;
    }

    public DayOfWeek day() {
        return day;
    }
}
