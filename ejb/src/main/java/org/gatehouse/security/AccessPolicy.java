package org.gatehouse.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;
import org.gatehouse.platform.AccessDeniedException;

/**
 * Who may do what, in one place: every service asks here before it touches data. A refusal is
 * audited (with the action, never with case data) and reaches the caller as
 * {@link AccessDeniedException}.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Who may read and write an agency's case records (mentors are further limited to their mentees). */
    public static final Role[] CASE_STAFF = {Role.COORDINATOR, Role.CASE_WORKER, Role.MENTOR};
    /** Who may register participants and change their records. */
    public static final Role[] CASE_EDITORS = {Role.COORDINATOR, Role.CASE_WORKER};
    /** Who may import participant files. */
    public static final Role[] IMPORTERS = {Role.AGENCY_ADMIN, Role.COORDINATOR};

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /**
     * The caller, who must belong to an agency and hold one of the roles; the batch system acting
     * for an agency passes too.
     */
    public Caller requireAgencyRole(String action, Role... anyOf) {
        Caller caller = callers.current();
        if (caller.isSystem() || (caller.agencyId() != null && caller.hasAny(anyOf))) {
            return caller;
        }
        throw denied(caller, action + " (needs one of " + Arrays.toString(anyOf) + ")");
    }

    /** The caller, who must hold the (agency-less) role. */
    public Caller requireRole(String action, Role role) {
        Caller caller = callers.current();
        if (caller.has(role)) {
            return caller;
        }
        throw denied(caller, action + " (needs " + role + ")");
    }

    /** The caller, who must be the system acting for an agency (a timer, a batch job, an after-commit step). */
    public Caller requireSystem(String action) {
        Caller caller = callers.current();
        if (caller.isSystem()) {
            return caller;
        }
        throw denied(caller, action + " (only the system)");
    }

    /** The caller, who must be a person and not the batch system: for what only people do (exports, targets). */
    public Caller requirePerson(Caller caller, String action) {
        if (caller.userId() == null) {
            throw denied(caller, action + " (people only)");
        }
        return caller;
    }

    public AccessDeniedException denied(Caller caller, String action) {
        if (!caller.isAnonymous()) {
            audit.recordNow(AuditKind.ACCESS_DENIED, caller.agencyId(), null, null, action);
        }
        return new AccessDeniedException();
    }

    public Caller current() {
        return callers.current();
    }
}
