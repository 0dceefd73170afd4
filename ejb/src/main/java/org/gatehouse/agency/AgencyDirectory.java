package org.gatehouse.agency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.mentoring.CheckType;
import org.gatehouse.mentoring.CheckTypes;
import org.gatehouse.programs.ProgramTemplate;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.security.Caller;

/** Agencies with their regions and programs. */
@Stateless
public class AgencyDirectory {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    public List<Agency> agencies() {
        return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    }

    /**
     * Whom housekeeping works as to reach every row: the system working for each agency (row-level
     * security shows a session one agency's rows), then for the platform (the rows of no agency).
     */
    public List<Caller> systemCallers() {
        List<Caller> callers = new ArrayList<>();
        for (Agency agency : agencies()) {
            callers.add(Caller.systemFor(agency.getId(), agency.getCode()));
        }
        callers.add(Caller.platform());
        return callers;
    }

    public Optional<Agency> findAgency(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Agency agency(String code) {
        return findAgency(code).orElseThrow(() -> new NotFoundException("agency " + code));
    }

    public List<Region> regions(Agency agency) {
        return em.createNamedQuery(Region.OF_AGENCY, Region.class).setParameter("agency", agency).getResultList();
    }

    public List<Program> programs(Agency agency) {
        return em.createNamedQuery(Program.OF_AGENCY, Program.class).setParameter("agency", agency).getResultList();
    }

    public Optional<Region> findRegion(Agency agency, String code) {
        return em.createNamedQuery(Region.BY_CODE, Region.class).setParameter("agency", agency)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Program> findProgram(Agency agency, String code) {
        return em.createNamedQuery(Program.BY_CODE, Program.class).setParameter("agency", agency)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Agency createAgency(String code, String name) {
        if (findAgency(code).isPresent()) {
            throw new InvalidInputException("code", "an agency with code " + code + " already exists");
        }
        Agency agency = new Agency(code, name);
        em.persist(agency);
        for (CheckTypes.Default check : CheckTypes.DEFAULTS) {
            em.persist(new CheckType(agency, check.code(), check.name(), true));
        }
        return agency;
    }

    public Region addRegion(Agency agency, String code, String name) {
        Region region = new Region(em.merge(agency), code, name);
        em.persist(region);
        return region;
    }

    public Program addProgram(Agency agency, String code, String name, ProgramTemplate template) {
        Program program = new Program(em.merge(agency), code, name, template);
        em.persist(program);
        return program;
    }
}
