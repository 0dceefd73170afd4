package org.gatehouse.warehouse;

import java.util.List;

/** A page of engagements and the last engagement id read (where the next page starts). */
public record EngagementPage(List<EngagementRow> engagements, long lastEngagementId) {

    public EngagementPage {
        engagements = List.copyOf(engagements);
    }

    public boolean isEmpty() {
        return engagements.isEmpty();
    }
}
