package org.gatehouse.appointments;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a reminder through the server's mail session ({@code java:jboss/mail/Gatehouse}). The mail
 * says only when: no name, kind or place of the appointment leaves the application by e-mail; the
 * mentor signs in for the rest.
 */
@ApplicationScoped
public class ReminderMail {

    private static final Logger LOG = Logger.getLogger(ReminderMail.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Resource(lookup = "java:jboss/mail/Gatehouse")
    private Session session;

    /** @return whether the mail server took the message */
    public boolean send(String to, Reminder reminder) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject("Gatehouse: appointment reminder", "UTF-8");
            message.setText(text(reminder.getForStart(), reminder.getKind()), "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Reminder " + reminder.getId() + " not e-mailed (" + e.getClass().getSimpleName()
                    + "); tried again on the next run");
            return false;
        }
    }

    static String text(LocalDateTime start, ReminderKind kind) {
        String when = kind == ReminderKind.DAY_BEFORE ? "tomorrow" : "today";
        return "One of your mentees has an appointment " + when + ", " + DAY.format(start) + " at "
                + TIME.format(start) + ".\n\n"
                + "Sign in to Gatehouse to see who, where and with whom: " + signInAddress() + "\n\n"
                + "You receive this because you are their mentor. Please do not reply to this e-mail.\n";
    }

    private static String signInAddress() {
        return System.getProperty("gatehouse.base-url", "http://localhost:8080/gatehouse/");
    }
}
