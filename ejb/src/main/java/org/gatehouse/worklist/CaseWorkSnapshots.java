package org.gatehouse.worklist;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;

/**
 * Each agency's case sections, worked out over all its open cases at most once every
 * {@code gatehouse.worklist.max-age-seconds} (default 30; 0: every time). Working them out takes
 * about a second for a few thousand open cases, and every case worker's home page needs them: without
 * this, fifty staff opening their home pages at once queue behind each other. A snapshot older than
 * the limit is still answered while it is worked out again in the background (once at a time per
 * agency); the home page says as of when. Restricted records are taken out per reader ({@link CaseWork#without}).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseWorkSnapshots {

    static final String MAX_AGE = "gatehouse.worklist.max-age-seconds";
    private static final Logger LOG = Logger.getLogger(CaseWorkSnapshots.class.getName());

    private final Map<Long, CaseWork> snapshots = new ConcurrentHashMap<>();
    private final Map<Long, Object> firstWorkings = new ConcurrentHashMap<>();
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();

    @Inject
    private CaseWorkLists lists;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private AgencyDirectory agencies;

    /** At start, every agency's worked out in the background: the first home page of the day need not wait. */
    @PostConstruct
    void workOutEveryAgency() {
        if (maxAge().isZero()) {
            return;
        }
        CaseWorkSnapshots self = context.getBusinessObject(CaseWorkSnapshots.class);
        for (Agency agency : agencies.agencies()) {
            if (refreshing.add(agency.getId())) {
                self.refresh(Caller.systemFor(agency.getId(), agency.getCode()));
            }
        }
    }

    static Duration maxAge() {
        return Duration.ofSeconds(Long.getLong(MAX_AGE, 30));
    }

    /** The case sections of the agency of this agency staff member, as of at most {@link #maxAge()} ago. */
    public CaseWork ofAgency(Caller staff) {
        Duration maxAge = maxAge();
        if (maxAge.isZero()) {
            return asAgency(staff);
        }
        long agency = staff.agencyId();
        CaseWork snapshot = snapshots.get(agency);
        if (snapshot == null) {
            // the first: worked out once, whoever else asks meanwhile waits for it
            synchronized (firstWorkings.computeIfAbsent(agency, a -> new Object())) {
                snapshot = snapshots.get(agency);
                if (snapshot == null) {
                    snapshot = workOut(staff);
                }
            }
        } else if (snapshot.asOf().plus(maxAge).isBefore(Instant.now(clock)) && refreshing.add(agency)) {
            context.getBusinessObject(CaseWorkSnapshots.class).refresh(staff);
        }
        return snapshot;
    }

    /** Works the agency's snapshot out again (one at a time per agency). */
    @Asynchronous
    public void refresh(Caller staff) {
        try {
            workOut(staff);
        } catch (RuntimeException e) {
            // the last snapshot stays; the next request past its age tries again. The type only: a
            // query's failure can carry case data.
            LOG.log(Level.WARNING, () -> "Worklist of agency " + staff.agencyId() + " not worked out again ("
                    + e.getClass().getSimpleName() + "); the last one is still shown");
        } finally {
            refreshing.remove(staff.agencyId());
        }
    }

    private CaseWork workOut(Caller staff) {
        CaseWork work = asAgency(staff);
        // a slower, older working-out never replaces a newer one
        return snapshots.merge(staff.agencyId(), work,
                (held, made) -> made.asOf().isAfter(held.asOf()) ? made : held);
    }

    /** The lists as the agency's own system sees them: every open case of the agency, no one's restrictions. */
    private CaseWork asAgency(Caller staff) {
        return Callers.runAs(Caller.systemFor(staff.agencyId(), staff.agencyCode()), () -> lists.ofOpenCases());
    }
}
