package org.gatehouse.casework;

import java.time.LocalDate;
import java.util.Set;

/** A participant as the API shows it: its details plus identity and version for concurrency. */
public record ParticipantJson(
        Long id,
        Long version,
        String agency,
        String externalRef,
        String justiceId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Gender gender,
        IndigenousStatus indigenousStatus,
        String region,
        String prison,
        String program,
        LocalDate referralDate,
        LocalDate expectedReleaseDate,
        LocalDate actualReleaseDate,
        Set<Vulnerability> vulnerabilities,
        LocalDate exitDate,
        ExitType exitType) {

    public static ParticipantJson of(Participant p) {
        ParticipantDetails d = p.details();
        return new ParticipantJson(p.getId(), p.getVersion(), p.getAgency().getCode(), d.externalRef(),
                d.justiceId(), d.givenName(), d.familyName(), d.dateOfBirth(), d.gender(), d.indigenousStatus(),
                d.region(), d.prison(), d.program(), d.referralDate(), d.expectedReleaseDate(),
                d.actualReleaseDate(), d.vulnerabilities(), d.exitDate(), d.exitType());
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(externalRef, justiceId, givenName, familyName, dateOfBirth, gender,
                indigenousStatus, region, prison, program, referralDate, expectedReleaseDate, actualReleaseDate,
                vulnerabilities, exitDate, exitType);
    }
}
