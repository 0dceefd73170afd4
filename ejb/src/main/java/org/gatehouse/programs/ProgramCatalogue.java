package org.gatehouse.programs;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Codes;
import org.gatehouse.agency.Program;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.Checks;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.Texts;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/** An agency administrator's programs: created from a built-in template or another program, then adjusted. */
@Stateless
public class ProgramCatalogue {

    private static final String RECORD = "Program";

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<ProgramTemplate> builtInTemplates() {
        return BuiltInTemplates.ALL;
    }

    public List<Program> programs() {
        return agencies.programs(agency(admin("see the programs")));
    }

    public Program program(long id) {
        return own(admin("open a program"), id);
    }

    /**
     * A new program of the agency, starting as a copy of {@code source}: a built-in template's code,
     * or the code of one of the agency's programs.
     */
    public Program create(String code, String name, String source) {
        Caller caller = admin("create a program");
        Agency agency = agency(caller);
        String newCode = Codes.require(Texts.strippedOrNull(code), "code");
        String newName = Checks.requiredText(name, "name", 200, "is required (up to 200 characters)");
        if (agencies.findProgram(agency, newCode).isPresent()) {
            throw new InvalidInputException("code", "the agency already has a program " + newCode);
        }
        Optional<ProgramTemplate> template = source == null ? Optional.empty() : BuiltInTemplates.byCode(source)
                .or(() -> agencies.findProgram(agency, source).map(Program::template));
        Program program = agencies.addProgram(agency, newCode, newName, template.orElseThrow(
                () -> new InvalidInputException("source", "choose a built-in template or a program to copy")));
        em.flush();
        audit.record(AuditKind.CREATE, agency.getId(), RECORD, program.getId(), newCode + " from " + source);
        return program;
    }

    /** The programs screen's save: adjustments and the women's stream together, or neither. */
    public Program save(long id, ProgramTemplate adjusted, Long streamId) {
        adjust(id, adjusted);
        return routeWomen(id, streamId);
    }

    /** Replaces the program's milestones, cadences and durations with the adjusted ones. */
    public Program adjust(long id, ProgramTemplate adjusted) {
        Caller caller = admin("adjust a program");
        Program program = own(caller, id);
        List<Violation> violations = new ArrayList<>();
        adjusted.milestones().forEach(m -> Checks.line(violations, "label", Texts.strippedOrNull(m.label()), 200, true));
        adjusted.cadences().forEach(c -> Checks.line(violations, "label", Texts.strippedOrNull(c.label()), 200, true));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        program.adjust(adjusted, Instant.now(clock));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "milestones and cadences adjusted");
        return program;
    }

    /** Routes the program's women's cases to another program (its gender-sensitive stream), or to none. */
    public Program routeWomen(long id, Long streamId) {
        Caller caller = admin("route a program's women's cases");
        Program program = own(caller, id);
        program.routeWomenTo(streamId == null ? null : own(caller, streamId));
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, "women's stream: " + streamId);
        return program;
    }

    private Caller admin(String action) {
        return access.requireAgencyRole(action, Role.AGENCY_ADMIN);
    }

    private Agency agency(Caller caller) {
        return em.find(Agency.class, caller.agencyId());
    }

    private Program own(Caller caller, long id) {
        Program program = em.find(Program.class, id);
        if (program == null || !program.getAgency().getId().equals(caller.agencyId())) {
            throw new NotFoundException("program " + id);
        }
        return program;
    }
}
