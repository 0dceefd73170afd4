package org.gatehouse.dashboards;

import java.io.Serializable;
import org.gatehouse.security.Caller;

/**
 * Who reads the outcome dashboards, and so which view they get: a commissioner every agency with
 * small counts withheld below {@code threshold}; an agency's staff their own agency unsuppressed
 * (threshold 1, nothing withheld).
 */
public record DashboardViewer(Caller caller, boolean commissioner, int threshold) implements Serializable {

    /** The agency the figures are limited to; null for a commissioner (every agency). */
    public String agency() {
        return commissioner ? null : caller.agencyCode();
    }
}
