package org.gatehouse.dashboards;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.gatehouse.security.AccessPolicy;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;

/**
 * Who may read the outcome dashboards and their exports, and in which view: commissioners (every
 * agency, suppressed) or an agency's admin, coordinators and case workers (their own agency).
 * The commissioners' threshold, system property {@value #THRESHOLD_PROPERTY}, is read once at
 * start: a wrong value stops the deployment with the property named, rather than show figures
 * under a threshold nobody chose.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class DashboardAccess {

    /** Who in an agency sees its own figures. */
    public static final Role[] AGENCY_READERS = {Role.AGENCY_ADMIN, Role.COORDINATOR, Role.CASE_WORKER};
    /** Server system property: counts below it are withheld from commissioners (FORMATS.md §3: 5). */
    public static final String THRESHOLD_PROPERTY = "gatehouse.suppression.threshold";

    @Inject
    private AccessPolicy access;

    private int threshold;

    @PostConstruct
    void readThreshold() {
        threshold = threshold(System.getProperty(THRESHOLD_PROPERTY));
    }

    /**
     * The current caller as a reader of the dashboards; refused for anybody but a commissioner or
     * an agency's staff (a person, not the system), with {@code action} in the refusal and audit.
     */
    public DashboardViewer viewer(String action) {
        Caller caller = access.current();
        if (caller.has(Role.COMMISSIONER)) {
            return new DashboardViewer(caller, true, threshold);
        }
        caller = access.requirePerson(access.requireAgencyRole(action, AGENCY_READERS), action);
        return new DashboardViewer(caller, false, 1);
    }

    /** As {@link #viewer(String)}, also refusing an agency's staff who ask for another agency. */
    public DashboardViewer viewer(String action, String agencyAsked) {
        DashboardViewer viewer = viewer(action);
        if (!viewer.commissioner() && agencyAsked != null && !agencyAsked.equals(viewer.agency())) {
            throw access.denied(viewer.caller(), action + " of another agency");
        }
        return viewer;
    }

    /** The threshold a property value sets: 5 when unset; refused when not a whole number >= 1. */
    static int threshold(String value) {
        if (value == null || value.isBlank()) {
            return Suppression.DEFAULT_THRESHOLD;
        }
        try {
            int threshold = Integer.parseInt(value.strip());
            if (threshold >= 1) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(THRESHOLD_PROPERTY + " must be a whole number of at least 1, not \""
                + value + "\"");
    }
}
