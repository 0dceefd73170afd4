package org.gatehouse.security;

/** The roles of DESIGN.md. Agency roles belong to a user of one agency; the others to none. */
public enum Role {
    SYSTEM_ADMIN("System administrator", false),
    AGENCY_ADMIN("Agency administrator", true),
    COORDINATOR("Mentor coordinator", true),
    CASE_WORKER("Case worker", true),
    MENTOR("Mentor", true),
    COMMISSIONER("Commissioner", false);

    private final String label;
    private final boolean agencyScoped;

    Role(String label, boolean agencyScoped) {
        this.label = label;
        this.agencyScoped = agencyScoped;
    }

    public String getLabel() {
        return label;
    }

    /** Whether a user with this role belongs to an agency. */
    public boolean isAgencyScoped() {
        return agencyScoped;
    }
}
