package org.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the application reads "today" and "now" from, so that tests can reason about dates. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    public Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
