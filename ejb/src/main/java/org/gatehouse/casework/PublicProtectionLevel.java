package org.gatehouse.casework;

import org.gatehouse.platform.Labelled;

/** The level of multi-agency public protection arrangements the person is managed at. */
public enum PublicProtectionLevel implements Labelled {
    NONE,
    LEVEL_1,
    LEVEL_2,
    LEVEL_3
}
