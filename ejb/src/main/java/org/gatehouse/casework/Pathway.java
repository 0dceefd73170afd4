package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** The resettlement pathways a case plan's goals and a case's notes are filed under. */
public enum Pathway implements Labelled {
    ACCOMMODATION,
    EDUCATION_EMPLOYMENT,
    HEALTH,
    DRUGS_ALCOHOL,
    FINANCE,
    FAMILY,
    ATTITUDES
}
