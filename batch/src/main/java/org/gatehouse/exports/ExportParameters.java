package org.gatehouse.exports;

import java.util.Map;
import org.gatehouse.dashboards.ReoffendingFilter;
import org.gatehouse.dashboards.ServiceLevelFilter;

/** A background export's parameters (as its link gave them) turned into what the reports take. */
final class ExportParameters {

    private ExportParameters() {
    }

    static ReoffendingFilter reoffending(Map<String, String> p) {
        return new ReoffendingFilter(p.get("cohortFrom"), p.get("cohortTo"), p.get("agency"), p.get("program"),
                p.get("region"), p.get("gender"), p.get("indigenousStatus"), p.get("vulnerability"));
    }

    static ServiceLevelFilter serviceLevels(Map<String, String> p) {
        return new ServiceLevelFilter(p.get("monthFrom"), p.get("monthTo"), p.get("agency"), p.get("program"),
                p.get("region"));
    }
}
