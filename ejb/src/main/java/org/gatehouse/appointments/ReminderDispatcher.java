package org.gatehouse.appointments;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * One reminder run for the agency the system acts for: the due reminders are created and committed
 * first, then each e-mail is sent in a transaction of its own, so a slow or dead mail server loses
 * no in-app reminder and counts every attempt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderDispatcher {

    @Inject
    private Reminders reminders;

    /** What one run did. */
    public record Run(int created, int emailed) {
    }

    public Run sendDue(Instant now) {
        Reminders.Due due = reminders.createDue(now);
        int emailed = 0;
        for (Long reminder : due.toEmail()) {
            emailed += reminders.email(reminder, now) ? 1 : 0;
        }
        return new Run(due.created().size(), emailed);
    }
}
