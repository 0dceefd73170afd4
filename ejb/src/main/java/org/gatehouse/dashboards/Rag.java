package org.gatehouse.dashboards;

/** A service level against its target: green, amber or red; NONE without a target or a value to judge. */
public enum Rag {
    GREEN, AMBER, RED, NONE
}
