package org.gatehouse.engagement;

import org.gatehouse.platform.Labelled;

/** Who took part in an engagement, besides whoever recorded it. */
public enum Attendee implements Labelled {
    PARTICIPANT,
    MENTOR,
    CASE_WORKER,
    OFFENDER_MANAGER,
    PARTNER_SERVICE,
    FAMILY
}
