package org.gatehouse.engagement;

import java.util.List;

/** One page of a case's engagements, newest first, with how many the case has. */
public record EngagementPage(long total, int first, int max, List<EngagementJson> items) {
}
