package org.gatehouse.consent;

/** What the person consented to. */
public enum ConsentScope {
    MENTORING("Mentoring"),
    SHARING("Sharing information with a named partner");

    private final String label;

    ConsentScope(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
