package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** The assessed risk of serious harm to others. */
public enum RiskOfSeriousHarm implements Labelled {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH
}
