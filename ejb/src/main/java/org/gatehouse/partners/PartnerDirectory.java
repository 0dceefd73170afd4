package org.gatehouse.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.agency.Region;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.NotFoundException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * The agency's directory of partner services per region: kept by agency administrators and
 * coordinators, read by everyone who works with cases.
 */
@Stateless
public class PartnerDirectory {

    private static final String RECORD = "PartnerService";
    private static final Role[] KEEPERS = {Role.AGENCY_ADMIN, Role.COORDINATOR};
    private static final Role[] READERS = {Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR};

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

    /** Every service, listed or withdrawn, by region, kind and name. */
    public List<PartnerService> services() {
        access.requireAgencyRole("read the partner directory", READERS);
        return em.createNamedQuery(PartnerService.ALL, PartnerService.class).getResultList();
    }

    /** The services new referrals can be made to. */
    public List<PartnerService> listed() {
        return services().stream().filter(PartnerService::isActive).toList();
    }

    public PartnerService add(PartnerDetails details) {
        Caller caller = access.requireAgencyRole("add a partner service", KEEPERS);
        PartnerService service = new PartnerService(region(caller, details), details, Instant.now(clock));
        em.persist(service);
        em.flush();
        audit.record(AuditKind.CREATE, caller.agencyId(), RECORD, service.getId(), details.name());
        return service;
    }

    public PartnerService revise(long id, long expectedVersion, PartnerDetails details) {
        Caller caller = access.requireAgencyRole("change a partner service", KEEPERS);
        PartnerService service = current(id, expectedVersion);
        service.revise(region(caller, details), details, Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, details.name());
        return service;
    }

    /** Lists the service again, or withdraws it from the directory (its referrals stay). */
    public PartnerService list(long id, long expectedVersion, boolean listed) {
        Caller caller = access.requireAgencyRole("list or withdraw a partner service", KEEPERS);
        PartnerService service = current(id, expectedVersion);
        service.listed(listed, Instant.now(clock));
        em.flush();
        audit.record(AuditKind.UPDATE, caller.agencyId(), RECORD, id, listed ? "listed" : "withdrawn");
        return service;
    }

    /** One service of the caller's agency (another agency's is not found). */
    public PartnerService service(long id) {
        access.requireAgencyRole("read the partner directory", READERS);
        PartnerService service = em.find(PartnerService.class, id);
        if (service == null) {
            throw new NotFoundException("partner service " + id);
        }
        return service;
    }

    private PartnerService current(long id, long expectedVersion) {
        PartnerService service = service(id);
        if (service.getVersion() != expectedVersion) {
            throw new StaleRecordException("partner service " + id);
        }
        return service;
    }

    private Region region(Caller caller, PartnerDetails details) {
        Agency agency = em.find(Agency.class, caller.agencyId());
        return details.region() == null ? null : agencies.findRegion(agency, details.region()).orElse(null);
    }
}
