package org.gatehouse.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.Deployments;
import org.gatehouse.Triangles;
import org.gatehouse.Triangles.Triangle;
import org.gatehouse.engagement.Attendance;
import org.gatehouse.engagement.Engagement;
import org.gatehouse.engagement.EngagementLog;
import org.gatehouse.engagement.Punctuality;
import org.gatehouse.matching.Match;
import org.gatehouse.matching.MatchEnd;
import org.gatehouse.matching.MatchingDesk;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.programs.ActivityKind;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appointments on the real server: booking, the calendars, the outcome, and the mentor's reminders
 * received by a real SMTP server (GreenMail, on the port the server's mail session is configured with).
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(AppointmentsIT.class)
                .addAsLibrary(Deployments.jarOf(GreenMail.class));
    }

    @Inject
    private Triangles triangles;

    @Inject
    private MentorRegistry mentors;

    @Inject
    private Appointments appointments;

    @Inject
    private Reminders reminders;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    private MatchingDesk matching;

    @Inject
    private EngagementLog engagements;

    @Inject
    private Clock clock;

    private GreenMail smtp;
    private Triangle triangle;
    private Caller system;
    private String mentorEmail;

    @BeforeEach
    void aTriangleAndAMailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("gatehouse.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        triangle = triangles.create("APP");
        system = Caller.systemFor(triangle.agency().id(), triangle.agency().code());
        mentorEmail = "max." + triangle.agency().code().toLowerCase() + "@example.org";
        Mentor record = triangle.mentorRecord();
        runAs(triangle.coordinator(), () -> {
            Mentor current = mentors.mentor(record.getId());
            MentorDetails d = current.details();
            return mentors.revise(record.getId(), current.getVersion(), new MentorDetails(d.region(), d.givenName(),
                    d.familyName(), mentorEmail, d.phone(), d.gender(), d.type(), d.languages(),
                    d.culturalBackground(), d.canDrive(), d.capacity(), d.availability(), d.ownReleaseDate(),
                    d.formerParticipantId()));
        });
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void theMentorIsRemindedTheDayBeforeAndTheMorningOfInTheApplicationAndByEmail() throws Exception {
        // a month ahead, so the real quarter-hourly timer (today and tomorrow only) never races the test
        LocalDate day = LocalDate.now(clock).plusDays(30);
        Appointment housing = runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.HOUSING, day, LocalTime.of(10, 0), 45,
                        "Northgate Housing Options, 3 Mill Lane", "Housing officer", true)));

        assertThat(sendAt(day.minusDays(1).atTime(16, 59))).isEqualTo(new ReminderDispatcher.Run(0, 0));
        assertThat(sendAt(day.minusDays(1).atTime(17, 0))).isEqualTo(new ReminderDispatcher.Run(1, 1));
        assertThat(sendAt(day.minusDays(1).atTime(21, 0))).as("never twice").isEqualTo(new ReminderDispatcher.Run(0, 0));

        List<MimeMessage> mails = mailsTo(mentorEmail, 1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Gatehouse: appointment reminder");
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(body).contains("tomorrow").contains("10:00")
                .as("no case data by e-mail").doesNotContain("Mill Lane").doesNotContain("Mentee")
                .doesNotContain("Housing");

        List<Reminder> inApp = runAs(triangle.mentor(), () -> reminders.mine());
        assertThat(inApp).extracting(Reminder::getKind).containsExactly(ReminderKind.DAY_BEFORE);
        assertThat(inApp.get(0).getAppointment().getPlace()).contains("Mill Lane");

        assertThat(sendAt(day.atTime(7, 0))).isEqualTo(new ReminderDispatcher.Run(1, 1));
        assertThat(GreenMailUtil.getBody(mailsTo(mentorEmail, 2).get(1))).contains("today").contains("10:00");

        // moved to the afternoon: the mentor hears of the new time, once
        Appointment moved = runAs(triangle.caseWorker(), () -> appointments.change(housing.getId(),
                housing.getVersion(), new AppointmentDetails(AppointmentKind.HOUSING, day, LocalTime.of(14, 30), 45,
                        "Northgate Housing Options, 3 Mill Lane", "Housing officer", true)));
        assertThat(sendAt(day.atTime(9, 0))).isEqualTo(new ReminderDispatcher.Run(1, 1));
        assertThat(sendAt(day.atTime(9, 15))).isEqualTo(new ReminderDispatcher.Run(0, 0));
        assertThat(GreenMailUtil.getBody(mailsTo(mentorEmail, 3).get(2))).contains("14:30");
        assertThat(runAs(triangle.mentor(), () -> reminders.mine())).as("only what still stands: the new time")
                .singleElement().satisfies(r -> {
                    assertThat(r.getKind()).isEqualTo(ReminderKind.MORNING_OF);
                    assertThat(r.getForStart()).isEqualTo(day.atTime(14, 30));
                });
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.change(housing.getId(),
                housing.getVersion(), moved.details()))).isInstanceOf(StaleRecordException.class);

        // dismissed, a reminder leaves the mentor's home page; no one else can dismiss it
        Reminder first = runAs(triangle.mentor(), () -> reminders.mine()).get(0);
        Caller otherMentor = triangles.create("APQ").mentor();
        assertThatThrownBy(() -> runAs(otherMentor, () -> reminders.dismiss(first.getId())))
                .isInstanceOf(NotFoundException.class);
        runAs(triangle.mentor(), () -> reminders.mine().forEach(r -> reminders.dismiss(r.getId())));
        assertThat(runAs(triangle.mentor(), () -> reminders.mine())).isEmpty();

        // only the system sends, and only for the agency it acts for
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> dispatcher.sendDue(clock.instant())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(triangle.mentor(), () -> reminders.email(first.getId(), clock.instant())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherAgencysRunSendsNothingAndAnAppointmentWithoutAMentorRemindsNoOne() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(31);
        runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.COURT, day, LocalTime.of(9, 30), null, "Crown Court", null,
                        false)));
        Caller otherSystem = Caller.systemFor(triangle.agency().id() + 1_000_000, "NONE");
        var elsewhere = runAs(otherSystem, () -> dispatcher.sendDue(day.atTime(8, 0).atZone(clock.getZone())
                .toInstant()));
        assertThat(elsewhere.created()).isZero();

        var unmatched = triangles.another(triangle, "APP-2");
        runAs(triangle.coordinator(), () -> appointments.book(unmatched.getId(),
                new AppointmentDetails(AppointmentKind.BENEFITS, day, LocalTime.of(11, 0), 30, "Jobcentre", null,
                        false)));
        assertThat(sendAt(day.atTime(8, 0))).as("the matched mentee's court date only")
                .isEqualTo(new ReminderDispatcher.Run(1, 1));
    }

    @Test
    void aDeadMailServerLosesNoReminderAndTheMailIsTriedAgain() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(32);
        runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.BENEFITS, day, LocalTime.of(11, 0), 30, "Jobcentre", null,
                        false)));
        smtp.stop();
        assertThat(sendAt(day.minusDays(1).atTime(18, 0))).isEqualTo(new ReminderDispatcher.Run(1, 0));
        assertThat(runAs(triangle.mentor(), () -> reminders.mine())).as("still in the application").hasSize(1);

        smtp = new GreenMail(new ServerSetup(Integer.getInteger("gatehouse.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(sendAt(day.minusDays(1).atTime(18, 15))).isEqualTo(new ReminderDispatcher.Run(0, 1));
        assertThat(GreenMailUtil.getBody(mailsTo(mentorEmail, 1).get(0))).contains("11:00");
        assertThat(sendAt(day.minusDays(1).atTime(18, 30))).as("sent once").isEqualTo(
                new ReminderDispatcher.Run(0, 0));
    }

    @Test
    void aMentorWhoseMatchEndedIsRemindedOfNothingMore() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(33);
        runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.HEALTH, day, LocalTime.of(10, 0), 20, "Health centre", null,
                        false)));
        assertThat(sendAt(day.minusDays(1).atTime(18, 0))).isEqualTo(new ReminderDispatcher.Run(1, 1));
        Match match = runAs(triangle.coordinator(), () -> matching.current(triangle.mentee().getId())).orElseThrow();
        runAs(triangle.coordinator(), () -> matching.end(match.getId(), match.getVersion(), MatchEnd.COMPLETED,
                "Goals met", LocalDate.now(clock)));

        assertThat(runAs(triangle.mentor(), () -> reminders.mine())).isEmpty();
        assertThat(sendAt(day.atTime(7, 30))).isEqualTo(new ReminderDispatcher.Run(0, 0));
        mailsTo(mentorEmail, 1);
    }

    @Test
    void theOutcomeIsRecordedOnceAfterTheStartAndAKeptEscortedAppointmentIsTheMentorsEscort() {
        LocalDate today = LocalDate.now(clock);
        Appointment earlier = runAs(triangle.mentor(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.OFFENDER_MANAGER, today.minusDays(1), LocalTime.of(9, 0), 60,
                        "Probation office", "Offender Manager", true)));
        Appointment later = runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.HEALTH, today.plusDays(3), LocalTime.of(15, 0), 20,
                        "Health centre", "GP", false)));

        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.recordOutcome(later.getId(),
                later.getVersion(), Attendance.ATTENDED, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("once the appointment has begun");
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.recordOutcome(earlier.getId(),
                earlier.getVersion(), Attendance.DID_NOT_ATTEND, Punctuality.LATE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only for an appointment that was kept");
        Appointment kept = runAs(triangle.mentor(), () -> appointments.recordOutcome(earlier.getId(),
                earlier.getVersion(), Attendance.ATTENDED, Punctuality.LATE));
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.recordOutcome(kept.getId(),
                kept.getVersion(), Attendance.CANCELLED, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.change(kept.getId(),
                kept.getVersion(), kept.details()))).isInstanceOf(InvalidInputException.class);
        List<Engagement> logged = runAs(triangle.caseWorker(), () -> engagements.ofCase(triangle.mentee().getId()));
        assertThat(logged).filteredOn(e -> e.getKind() == ActivityKind.ESCORT)
                .singleElement().satisfies(e -> {
                    assertThat(e.getHappenedOn()).isEqualTo(today.minusDays(1));
                    assertThat(e.getPunctuality()).isEqualTo(Punctuality.LATE);
                });
        runAs(triangle.caseWorker(), () -> appointments.recordOutcome(later.getId(), later.getVersion(),
                Attendance.CANCELLED, null));

        assertThat(runAs(triangle.caseWorker(), () -> appointments.ofCase(triangle.mentee().getId())))
                .noneMatch(Appointment::isOpen);
        assertThat(runAs(triangle.mentor(), () -> appointments.myCalendar(today.minusDays(7), today.plusDays(7))))
                .extracting(Appointment::getId).containsExactly(earlier.getId(), later.getId());
        assertThat(runAs(triangle.coordinator(), () -> appointments.calendarOfMentor(
                triangle.mentorRecord().getId(), today.minusDays(7), today.plusDays(7)))).hasSize(2);
        assertThatThrownBy(() -> runAs(triangle.coordinator(), () -> appointments.calendarOfCase(
                triangle.mentee().getId(), today, today.plusDays(365)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> runAs(triangle.caseWorker(), () -> appointments.book(triangle.mentee().getId(),
                new AppointmentDetails(AppointmentKind.COURT, today.minusYears(3), null, 0, " ", null, false))))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).getViolations()).hasSize(4));
    }

    private ReminderDispatcher.Run sendAt(LocalDateTime localTime) {
        return runAs(system, () -> dispatcher.sendDue(localTime.atZone(clock.getZone()).toInstant()));
    }

    /** The messages to the address, once at least {@code count} of them (of all the server holds) arrived. */
    private List<MimeMessage> mailsTo(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
            if (mine.size() >= count || System.currentTimeMillis() > deadline) {
                assertThat(mine).hasSize(count);
                return mine;
            }
            Thread.sleep(100);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
