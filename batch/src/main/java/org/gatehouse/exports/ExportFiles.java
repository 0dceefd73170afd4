package org.gatehouse.exports;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gatehouse.dashboards.BaselineRate;
import org.gatehouse.dashboards.DashboardAccess;
import org.gatehouse.dashboards.ReoffendingDashboard;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.dashboards.ServiceLevelFilter;
import org.gatehouse.dashboards.ServiceLevelDashboard;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;

/**
 * Asks for a file to be made in the background ({@value ExportJob#NAME}), for large exports: the
 * request is checked now as the export itself checks it (who may, and every parameter, each by its
 * field), kept, and the job started; the person finds it under "My exports" when it is ready.
 */
@Stateless
public class ExportFiles {

    @Inject
    private ExportLedger ledger;

    @Inject
    private AccessPolicy access;

    @Inject
    private DashboardAccess dashboards;

    @Inject
    private ReoffendingDashboard reoffending;

    @Inject
    private ServiceLevelDashboard serviceLevels;

    /** The export's id; refused by field for a wrong kind, format or parameter, and as the export would refuse. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long request(String kindName, String format, Map<String, String> parameters) {
        Caller caller = access.requirePerson(access.current(), "ask for an export");
        ExportKind kind = ExportKind.named(kindName).orElse(null);
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "must be one of " + java.util.Arrays.toString(ExportKind.values())));
        } else {
            if (format == null || !kind.formats().contains(format.strip())) {
                violations.add(new Violation("format", "must be one of " + kind.formats()));
            }
            // a name may be missing altogether where a client sent a list instead of an object
            parameters.keySet().stream().filter(name -> name == null || !kind.parameters().contains(name))
                    .map(name -> name == null ? "parameters" : name).sorted()
                    .forEach(name -> violations.add(new Violation(name, "is not a parameter of " + kind)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, String> asked = new LinkedHashMap<>();
        kind.parameters().forEach(name -> asked.put(name, parameters.get(name)));
        check(kind, asked);
        long id = ledger.accept(kind, format.strip(), asked);
        Properties job = new Properties();
        job.setProperty("exportId", Long.toString(id));
        if (caller.agencyId() != null) {
            // where the job finds the export (the requester and all else it reads from the export itself)
            job.setProperty("agencyId", Long.toString(caller.agencyId()));
        }
        BatchRuntime.getJobOperator().start(ExportJob.NAME, job);
        return id;
    }

    /** Refuses now what the export would refuse when made: the caller's rights, then each parameter. */
    private void check(ExportKind kind, Map<String, String> p) {
        switch (kind) {
            case PARTICIPANT_LIST -> access.requireAgencyRole("export the participant list", AccessPolicy.CASE_EDITORS);
            case REOFFENDING_MEASURES -> dashboards.viewer("export the reoffending measures");
            case REOFFENDING_REPORT -> {
                BaselineRate.parse(p.get("baseline"));
                reoffending.check(ReoffendingFilter.of(p), p.get("breakdown"));
            }
            case SERVICE_LEVEL_REPORT -> serviceLevels.check(ServiceLevelFilter.of(p), p.get("breakdown"));
            default -> throw new IllegalStateException("no check for " + kind);
        }
    }
}
