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

/** Data the integration tests create for themselves: each test its own agency, so runs never collide. */
public final class TestData {

    private TestData() {
    }

    /** A new agency with regions NORTH, SOUTH and programs REINT, TTG; its code is unique per call. */
    public static String newAgency(AgencyDirectory agencies, String prefix) {
        String code = prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        Agency agency = agencies.createAgency(code, "Test agency " + code);
        agencies.addRegion(agency, "NORTH", "North");
        agencies.addRegion(agency, "SOUTH", "South");
        agencies.addProgram(agency, "REINT", "Re-integration mentoring");
        agencies.addProgram(agency, "TTG", "Through the Gate");
        return code;
    }

    public static ParticipantDetails participant(String externalRef, String givenName, String familyName) {
        return new ParticipantDetails(externalRef, "A1234BC", givenName, familyName, LocalDate.of(1990, 5, 1),
                Gender.F, IndigenousStatus.NEITHER, "NORTH", "HMP Northgate", "REINT", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 3, 1), null, Set.of(Vulnerability.NFA), null, null);
    }
}
