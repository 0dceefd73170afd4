package org.gatehouse.dashboards;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.InvalidInputException;
import org.gatehouse.platform.StaleRecordException;
import org.gatehouse.platform.Violation;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.gatehouse.warehouse.ServiceLevelDefinition;

/**
 * The targets the service-level dashboard judges against: commissioners set them for every
 * agency, an agency's admin sets its own, which replace the commissioners' in the agency's view.
 * Every change is audited.
 */
@Stateless
public class ServiceLevelTargets {

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private DashboardAccess dashboards;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A target as the screens and the API show it: whose it is, and its bands. */
    public record Target(String measure, String scope, BigDecimal greenFrom, BigDecimal amberFrom, String setBy,
                         Instant setAt) {

        /** The status of a value in the target's unit (percent, or days); NONE without a value. */
        public Rag rag(BigDecimal value) {
            if (value == null) {
                return Rag.NONE;
            }
            return value.compareTo(greenFrom) >= 0 ? Rag.GREEN : value.compareTo(amberFrom) >= 0 ? Rag.AMBER
                    : Rag.RED;
        }
    }

    /** The targets that hold in the caller's view, by measure (an agency's own over the commissioners'). */
    public Map<String, Target> inForce() {
        DashboardViewer viewer = dashboards.viewer("see the service-level targets");
        List<String> scopes = viewer.commissioner() ? List.of(ServiceLevelTarget.COMMISSIONERS)
                : List.of(ServiceLevelTarget.COMMISSIONERS, viewer.agency());
        Map<String, Target> targets = new LinkedHashMap<>();
        List<ServiceLevelTarget> found = em.createNamedQuery(ServiceLevelTarget.OF_SCOPES, ServiceLevelTarget.class)
                .setParameter("scopes", scopes).getResultList();
        // the commissioners' first, so that the agency's own replace them
        found.stream().filter(t -> t.getScope().equals(ServiceLevelTarget.COMMISSIONERS))
                .forEach(t -> targets.put(t.getMeasure(), target(t)));
        found.stream().filter(t -> !t.getScope().equals(ServiceLevelTarget.COMMISSIONERS))
                .forEach(t -> targets.put(t.getMeasure(), target(t)));
        return targets;
    }

    /**
     * Sets the target of a service level (bands as text, as a form or request gives them): a
     * commissioner's for every agency, an agency admin's for the own agency. Refused by field when
     * the measure or a band is wrong, and for anybody else.
     */
    public Target set(String measure, String greenFrom, String amberFrom) {
        Caller caller = setter("set a service-level target");
        ServiceLevelDefinition definition = definition(measure);
        BigDecimal green = number(greenFrom);
        BigDecimal amber = number(amberFrom);
        List<Violation> violations = ServiceLevelTarget.violations(definition.mean(), green, amber);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String scope = scope(caller);
        Instant now = Instant.now(clock);
        ServiceLevelTarget target = find(scope, measure);
        if (target == null) {
            target = new ServiceLevelTarget(scope, caller.agencyId(), measure, definition.mean(), green, amber,
                    caller.username(), now);
            em.persist(target);
        } else {
            target.change(definition.mean(), green, amber, caller.username(), now);
        }
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new StaleRecordException("someone set this target at the same moment: look again and retry");
        }
        audit.record(AuditKind.UPDATE, caller.agencyId(), "ServiceLevelTarget", measure, scope + ": green from "
                + green.toPlainString() + ", amber from " + amber.toPlainString());
        return target(target);
    }

    /** Removes the caller's own target of a service level (an agency's view falls back on the commissioners'). */
    public void clear(String measure) {
        Caller caller = setter("clear a service-level target");
        definition(measure);
        ServiceLevelTarget target = find(scope(caller), measure);
        if (target != null) {
            em.remove(target);
            audit.record(AuditKind.UPDATE, caller.agencyId(), "ServiceLevelTarget", measure,
                    scope(caller) + ": cleared");
        }
    }

    private Caller setter(String action) {
        Caller caller = access.current();
        if (caller.has(Role.COMMISSIONER)) {
            return caller;
        }
        return access.requirePerson(access.requireAgencyRole(action, Role.AGENCY_ADMIN), action);
    }

    private static String scope(Caller caller) {
        return caller.has(Role.COMMISSIONER) ? ServiceLevelTarget.COMMISSIONERS : caller.agencyCode();
    }

    private ServiceLevelTarget find(String scope, String measure) {
        return em.createNamedQuery(ServiceLevelTarget.OF_SCOPES, ServiceLevelTarget.class)
                .setParameter("scopes", List.of(scope)).getResultList().stream()
                .filter(t -> t.getMeasure().equals(measure)).findFirst().orElse(null);
    }

    static ServiceLevelDefinition definition(String measure) {
        return ServiceLevelDefinition.all().stream().filter(d -> d.code().equals(measure)).findFirst()
                .orElseThrow(() -> new InvalidInputException("measure", "must be one of " + String.join(", ",
                        ServiceLevelDefinition.all().stream().map(ServiceLevelDefinition::code).toList())));
    }

    /** The number the text gives; null for none or not a number (the bands' rules then say what is wanted). */
    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Target target(ServiceLevelTarget t) {
        return new Target(t.getMeasure(), t.getScope(), t.getGreenFrom(), t.getAmberFrom(), t.getSetBy(),
                t.getSetAt());
    }
}
