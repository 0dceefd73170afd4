package org.gatehouse.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling: a signed-in user (with their agency and roles), the batch system acting for one
 * agency, or nobody. Every access decision starts from this.
 */
public record Caller(Long userId, String username, Long agencyId, String agencyCode, Set<Role> roles)
        implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The batch system working on one agency's data (an import run, a job of that agency). */
    public static Caller systemFor(Long agencyId, String agencyCode) {
        return new Caller(null, "system", agencyId, agencyCode, Set.of());
    }

    /**
     * The batch system working for the platform as a whole, on data that belongs to no agency (the
     * justice department's reoffending feed): the system administrators' authority, no agency's data.
     */
    public static Caller platform() {
        return new Caller(null, "system", null, null, Set.of(Role.SYSTEM_ADMIN));
    }

    public boolean isAnonymous() {
        return userId == null && agencyId == null && roles.isEmpty();
    }

    public boolean isSystem() {
        return userId == null && agencyId != null;
    }

    /** The batch system, for an agency or for the platform ({@link #platform()}): no person. */
    public boolean isBatchSystem() {
        return userId == null && (isSystem() || has(Role.SYSTEM_ADMIN));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
