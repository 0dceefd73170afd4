package org.gatehouse;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Gender;
import org.gatehouse.casework.IndigenousStatus;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.Vulnerability;
import org.gatehouse.programs.BuiltInTemplates;
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/** Data the integration tests create for themselves: each test its own agency, so runs never collide. */
public final class TestData {

    /** Meets the password policy; used for every test user. */
    public static final String PASSWORD = "correct-horse-battery-staple";

    private TestData() {
    }

    /** An agency made for one test, and callers of it in any role. */
    public record TestAgency(long id, String code) {

        /** A caller of this agency with these roles, without an account (for service-level tests). */
        public Caller as(Role... roles) {
            return new Caller(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                    "test-" + roles[0].name().toLowerCase() + "." + code.toLowerCase(), id, code, Set.of(roles));
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
}
