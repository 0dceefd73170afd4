package org.gatehouse.security;

import org.gatehouse.platform.Labelled;

/** The roles of DESIGN.md. Agency roles belong to a user of one agency; the others to none. */
public enum Role implements Labelled {
    SYSTEM_ADMIN(false),
    AGENCY_ADMIN(true),
    COORDINATOR(true),
    CASE_WORKER(true),
    MENTOR(true),
    COMMISSIONER(false);

    private final boolean agencyScoped;

    Role(boolean agencyScoped) {
        this.agencyScoped = agencyScoped;
    }

    /** Whether a user with this role belongs to an agency. */
    public boolean isAgencyScoped() {
        return agencyScoped;
    }
}
