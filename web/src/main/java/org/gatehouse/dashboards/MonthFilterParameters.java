package org.gatehouse.dashboards;

import jakarta.ws.rs.QueryParam;

/** The query parameters of a filter by months and places, named as {@link ServiceLevelFilter}'s fields (and the screen's link). */
public class MonthFilterParameters {

    @QueryParam("monthFrom")
    String monthFrom;
    @QueryParam("monthTo")
    String monthTo;
    @QueryParam("agency")
    String agency;
    @QueryParam("program")
    String program;
    @QueryParam("region")
    String region;

    ServiceLevelFilter filter() {
        return new ServiceLevelFilter(monthFrom, monthTo, agency, program, region);
    }
}
