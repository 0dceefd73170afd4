package org.gatehouse.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReminderKindTest {

    private static final LocalDateTime TEN_AM = LocalDateTime.of(2026, 3, 10, 10, 0);

    @Test
    void theDayBeforeIsDueFromFiveInTheEveningUntilMidnight() {
        assertThat(ReminderKind.DAY_BEFORE.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 9, 16, 59))).isFalse();
        assertThat(ReminderKind.DAY_BEFORE.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 9, 17, 0))).isTrue();
        assertThat(ReminderKind.DAY_BEFORE.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 9, 23, 59))).isTrue();
        assertThat(ReminderKind.DAY_BEFORE.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 10, 0, 0))).isFalse();
    }

    @Test
    void theMorningOfIsDueFromSevenUntilTheStart() {
        assertThat(ReminderKind.MORNING_OF.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 10, 6, 59))).isFalse();
        assertThat(ReminderKind.MORNING_OF.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 10, 7, 0))).isTrue();
        assertThat(ReminderKind.MORNING_OF.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 10, 9, 59))).isTrue();
        assertThat(ReminderKind.MORNING_OF.dueAt(TEN_AM, TEN_AM)).isFalse();
    }

    @Test
    void anEarlyStartIsRemindedOfTwoHoursBefore() {
        LocalDateTime early = LocalDateTime.of(2026, 3, 10, 6, 30);
        assertThat(ReminderKind.MORNING_OF.dueAt(early, LocalDateTime.of(2026, 3, 10, 4, 29))).isFalse();
        assertThat(ReminderKind.MORNING_OF.dueAt(early, LocalDateTime.of(2026, 3, 10, 4, 30))).isTrue();
    }

    @Test
    void aStartJustAfterMidnightIsRemindedOfThatDayNotTheEveningBefore() {
        LocalDateTime oneAm = LocalDateTime.of(2026, 3, 10, 1, 0);
        assertThat(ReminderKind.MORNING_OF.dueAt(oneAm, LocalDateTime.of(2026, 3, 9, 23, 30))).isFalse();
        assertThat(ReminderKind.DAY_BEFORE.dueAt(oneAm, LocalDateTime.of(2026, 3, 9, 23, 30))).isTrue();
        assertThat(ReminderKind.MORNING_OF.dueAt(oneAm, LocalDateTime.of(2026, 3, 10, 0, 0))).isTrue();
    }

    @Test
    void anAppointmentBookedLateInTheDayBeforeIsStillRemindedOfThatEvening() {
        // booked at 20:00 for the next morning: the next run (within the evening window) reminds
        assertThat(ReminderKind.DAY_BEFORE.dueAt(TEN_AM, LocalDateTime.of(2026, 3, 9, 20, 15))).isTrue();
    }

    @Test
    void theMailSaysWhenButNotWhoOrWhere() {
        String text = ReminderMail.text(TEN_AM, ReminderKind.DAY_BEFORE);
        assertThat(text).contains("tomorrow, Tuesday 10 March at 10:00").contains("Sign in to Gatehouse");
        assertThat(ReminderMail.text(TEN_AM, ReminderKind.MORNING_OF)).contains("today, Tuesday 10 March");
    }
}
