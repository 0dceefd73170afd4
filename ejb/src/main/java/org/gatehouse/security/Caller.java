package org.gatehouse.security;

import java.util.Set;

/**
 * Who is calling: a signed-in user (with their agency and roles), the batch system acting for one
 * agency, or nobody. Every access decision starts from this.
 */
public record Caller(Long userId, String username, Long agencyId, String agencyCode, Set<Role> roles) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The batch system working on one agency's data (an import run, a job of that agency). */
    public static Caller systemFor(Long agencyId, String agencyCode) {
        return new Caller(null, "system", agencyId, agencyCode, Set.of());
    }

    public boolean isAnonymous() {
        return userId == null && agencyId == null;
    }

    public boolean isSystem() {
        return userId == null && agencyId != null;
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
