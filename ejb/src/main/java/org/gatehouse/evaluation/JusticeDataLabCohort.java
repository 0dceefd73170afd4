package org.gatehouse.evaluation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatehouse.agency.Codes;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.casework.Participant;
import org.gatehouse.csv.CsvWriter;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * The cohort file an agency sends to the Justice Data Lab for an independent reoffending
 * evaluation: name, date of birth, gender, the index (release) date and the justice id of each of
 * its participants released in the chosen dates (and program), at least {@value #MINIMUM} people,
 * as the Data Lab asks: one line per person (justice id), at their first release in the dates,
 * however many of the agency's programs they were in. Personal data leaving the agency: its admin only, every file
 * audited, restricted records the admin may not reach left out.
 */
@Stateless
public class JusticeDataLabCohort {

    /** The Justice Data Lab's minimum cohort. */
    public static final int MINIMUM = 60;
    public static final List<String> COLUMNS = List.of("surname", "forename", "date_of_birth", "gender",
            "index_date", "justice_id");

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    /** The file (CSV, UTF-8); dates as {@code YYYY-MM-DD}; program a code or blank for all. */
    public byte[] csv(String releasedFrom, String releasedTo, String program) {
        String action = "export a cohort for the Justice Data Lab";
        Caller caller = access.requirePerson(access.requireAgencyRole(action, Role.AGENCY_ADMIN), action);
        List<Violation> violations = new ArrayList<>();
        LocalDate from = date(violations, "releasedFrom", releasedFrom);
        LocalDate to = date(violations, "releasedTo", releasedTo);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("releasedTo", "must not be before the first release date (" + from + ")"));
        }
        String programCode = program == null || program.isBlank() ? null : program.strip();
        if (programCode != null && !Codes.isValid(programCode)) {
            violations.add(new Violation("program", Codes.RULE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TypedQuery<Participant> query = programCode == null
                ? em.createNamedQuery(Participant.RELEASED_BETWEEN, Participant.class)
                : em.createNamedQuery(Participant.RELEASED_BETWEEN_IN_PROGRAM, Participant.class)
                        .setParameter("program", programCode);
        List<Participant> released = query.setParameter("from", from).setParameter("to", to).getResultList();
        // in release order, so the first enrolment met of a person is their first release in the dates;
        // a person whose first one the admin may not open is left out, not given a later index date
        Map<String, Participant> people = new LinkedHashMap<>();
        for (Participant p : released) {
            people.putIfAbsent(p.getJusticeId().toUpperCase(Locale.ROOT), p);
        }
        List<Participant> cohort = people.values().stream().filter(p -> !p.isRestrictedFor(caller.userId())).toList();
        if (cohort.size() < MINIMUM) {
            throw new InvalidInputException("releasedFrom", "gives " + cohort.size() + " people released in those "
                    + "dates; the Justice Data Lab needs at least " + MINIMUM + ": choose a longer period");
        }
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        for (Participant p : cohort) {
            csv.row(p.getFamilyName(), p.getGivenName(), p.getDateOfBirth(), p.getGender(), p.getActualReleaseDate(),
                    p.getJusticeId());
        }
        audit.recordNow(AuditKind.EXPORT, caller.agencyId(), "JusticeDataLabCohort", null, cohort.size()
                + " people released " + from + " to " + to + (programCode == null ? "" : " in " + programCode)
                + (released.size() - cohort.size() > 0 ? ", " + (released.size() - cohort.size())
                + " enrolments left out (restricted, or a person's later ones)" : ""));
        return csv.toBytes();
    }

    private static LocalDate date(List<Violation> violations, String field, String text) {
        try {
            if (text != null && !text.isBlank()) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        violations.add(new Violation(field, "must be a date as YYYY-MM-DD"));
        return null;
    }
}
