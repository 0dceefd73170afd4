package org.gatehouse;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.consent.ConsentRecords;
import org.gatehouse.consent.ConsentScope;
import org.gatehouse.mentoring.Mentor;
import org.gatehouse.mentoring.MentorDetails;
import org.gatehouse.mentoring.MentorRegistry;
import org.gatehouse.mentoring.MentorStatus;
import org.gatehouse.mentoring.MentorType;
import org.gatehouse.mentoring.WeeklySlot;
import org.gatehouse.platform.Clocks;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.security.Role;

/** Data the integration tests create for themselves: each test its own agency, so runs never collide. */
public final class TestData {

    /** Meets the password policy; used for every test user. */
    public static final String PASSWORD = "correct-horse-battery-staple";

    private TestData() {
    }

    /**
     * Does the work as if it were that many days from today: the server's clock ({@link Clocks}), in
     * which these tests run, moved ahead meanwhile.
     */
    public static void daysAhead(int days, Runnable work) {
        System.setProperty(Clocks.OFFSET_DAYS, Integer.toString(days));
        try {
            work.run();
        } finally {
            System.clearProperty(Clocks.OFFSET_DAYS);
        }
    }

    /** An agency made for one test, and callers of it in any role. */
    public record TestAgency(long id, String code) {

        /** A caller of this agency with these roles, without an account (for service-level tests). */
        public Caller as(Role... roles) {
            return new Caller(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                    "test-" + roles[0].name().toLowerCase() + "." + code.toLowerCase(), id, code, Set.of(roles));
        }

        /** A real account of this agency with the role, as the caller the services see. */
        public Caller account(Accounts accounts, AgencyDirectory agencies, Role role) {
            String username = user(accounts, agencies, role);
            return new Caller(accounts.find(username).orElseThrow().getId(), username, id, code, Set.of(role));
        }

        /** A real account of this agency (for sign-in and HTTP tests); its password is {@link #PASSWORD}. */
        public String user(Accounts accounts, AgencyDirectory agencies, Role role) {
            String username = role.name().toLowerCase() + "." + code.toLowerCase();
            accounts.create(username, role.getLabel() + " " + code, null, agencies.agency(code), Set.of(role),
                    PASSWORD, false);
            return username;
        }
    }

    /** A new agency with regions NORTH, SOUTH and programs REINT, TTG, INTENSIVE; its code is unique per call. */
    public static TestAgency newAgency(AgencyDirectory agencies, String prefix) {
        String code = prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        Agency agency = agencies.createAgency(code, "Test agency " + code);
        agencies.addRegion(agency, "NORTH", "North");
        agencies.addRegion(agency, "SOUTH", "South");
        agencies.addProgram(agency, "REINT", "Re-integration mentoring", BuiltInTemplates.REINTEGRATION);
        agencies.addProgram(agency, "TTG", "Through the Gate", BuiltInTemplates.THROUGH_THE_GATE);
        agencies.addProgram(agency, "INTENSIVE", "Intensive", BuiltInTemplates.INTENSIVE);
        return new TestAgency(agency.getId(), code);
    }

    public static ParticipantDetails participant(String externalRef, String givenName, String familyName) {
        return new ParticipantDetails(externalRef, "A1234BC", givenName, familyName, LocalDate.of(1990, 5, 1),
                Gender.F, IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", "REINT", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 3, 1), null, Set.of(Vulnerability.NFA), null, null);
    }

    /** A mentor registered, vetted on every check the agency asks for, and moved through training to active. */
    public static Mentor activeMentor(MentorRegistry mentors, Caller coordinator, String familyName, String region,
                                      int capacity) {
        return Callers.runAs(coordinator, () -> {
            Mentor mentor = mentors.register(new MentorDetails(region, "Max", familyName, null, null, Gender.F,
                    MentorType.VOLUNTEER, "English", null, true, capacity, Set.of(WeeklySlot.TUE_EVENING), null,
                    null));
            mentors.checkTypes().forEach(t -> mentors.recordCheck(mentor.getId(), t.getId(),
                    LocalDate.now().minusDays(30), LocalDate.now().plusYears(2)));
            Mentor training = mentors.moveTo(mentor.getId(), mentor.getVersion(), MentorStatus.IN_TRAINING, null);
            return mentors.moveTo(mentor.getId(), training.getVersion(), MentorStatus.ACTIVE, null);
        });
    }

    /** A participant of the test agency released in ten days, who consented to mentoring. */
    public static Participant consenting(ParticipantRegistry participants, ConsentRecords consents, Caller caseStaff,
                                         String ref, String familyName) {
        return Callers.runAs(caseStaff, () -> {
            Participant p = participants.register(new ParticipantDetails(ref, "A1234BC", "Pat", familyName,
                    LocalDate.of(1990, 5, 1), Gender.F, IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", "REINT",
                    LocalDate.now().minusDays(30), LocalDate.now().plusDays(10), null, Set.of(Vulnerability.NFA),
                    null, null));
            consents.giveOnCase(p.getId(), ConsentScope.MENTORING, null, LocalDate.now());
            return p;
        });
    }
}
