package org.gatehouse.casework;

/** The resettlement pathways a case plan's goals and a case's notes are filed under. */
public enum Pathway {
    ACCOMMODATION("Accommodation"),
    EDUCATION_EMPLOYMENT("Education, training and employment"),
    HEALTH("Health"),
    DRUGS_ALCOHOL("Drugs and alcohol"),
    FINANCE("Finance, benefits and debt"),
    FAMILY("Children, families and relationships"),
    ATTITUDES("Attitudes, thinking and behaviour");

    private final String label;

    Pathway(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
