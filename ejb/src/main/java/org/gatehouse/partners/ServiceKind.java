package org.gatehouse.partners;

/** What a partner service offers. */
public enum ServiceKind {
    HOUSING("Housing"),
    EMPLOYMENT("Employment and training"),
    ALCOHOL_AND_DRUGS("Alcohol and drugs"),
    HEALTH("Health and mental health"),
    FAMILY("Family"),
    FINANCE("Finance, benefits and debt"),
    OTHER("Other");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
