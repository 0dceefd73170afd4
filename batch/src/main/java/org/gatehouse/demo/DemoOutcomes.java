package org.gatehouse.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.logging.Logger;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Callers;
import org.gatehouse.warehouse.WarehouseLoadJobs;

/**
 * In demo mode, the outcomes to go with the demo cases, so the dashboards have something to show:
 * at the first demo start, a reoffending feed for the released demo participants (generated from
 * the same seed as they were) is imported, then the warehouse is loaded once. Off with
 * {@code gatehouse.demo.outcomes=false} (the integration tests, which run their own loads).
 */
@Singleton
@Startup
@DependsOn("gatehouse-ejb.jar#DemoDataLoader")
public class DemoOutcomes {

    private static final Logger LOG = Logger.getLogger(DemoOutcomes.class.getName());
    private static final long FEED_CHECK_MS = 2_000;
    static final String FEED_NAME = "demo-reoffending-feed.csv";

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private WarehouseLoadJobs loads;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void importOnFirstStart() {
        if (!Boolean.getBoolean("gatehouse.demo")
                || !Boolean.parseBoolean(System.getProperty("gatehouse.demo.outcomes", "true"))) {
            return;
        }
        Callers.runAs(Caller.platform(), () -> {
            if (feeds.received(FEED_NAME)) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            byte[] feed = feed(DemoDataLoader.generator(today), today);
            feeds.receive(FEED_NAME, feed);
            timers.createSingleActionTimer(FEED_CHECK_MS, new TimerConfig(null, false));
        });
    }

    @Timeout
    void loadOnceTheFeedIsIn() {
        Callers.runAs(Caller.platform(), () -> {
            if (feeds.importing()) {
                timers.createSingleActionTimer(FEED_CHECK_MS, new TimerConfig(null, false));
            } else {
                loads.start();
                LOG.info("Demo data: reoffending feed imported, warehouse load started");
            }
        });
    }

    /**
     * About a third of the released reoffend within the year, some proven too late to count; some
     * of those return to custody on a new sentence, a few are recalled without a new offence.
     */
    static byte[] feed(DemoDataGenerator generator, LocalDate today) {
        StringBuilder csv = new StringBuilder("event_id,justice_id,event_type,offence_date,outcome_date,"
                + "custody_start_date,custody_reason,extract_date\r\n");
        int events = 0;
        for (int agency = 0; agency < generator.agencies().size(); agency++) {
            Random random = new Random(generator.seed() * 17 + agency);
            for (ParticipantDetails person : generator.participants(agency)) {
                LocalDate release = person.actualReleaseDate();
                if (release == null) {
                    continue;
                }
                if (random.nextInt(100) < 35) {
                    LocalDate offence = release.plusDays(1 + random.nextInt(420));
                    LocalDate outcome = offence.plusDays(20 + random.nextInt(200));
                    if (outcome.isBefore(today)) {
                        csv.append("DEMO-").append(++events).append(',').append(person.justiceId())
                                .append(",PROVEN_OFFENCE,").append(offence).append(',').append(outcome).append(",,,")
                                .append(today).append("\r\n");
                        if (random.nextInt(100) < 45) {
                            csv.append("DEMO-").append(++events).append(',').append(person.justiceId())
                                    .append(",CUSTODY,,,").append(outcome).append(",NEW_SENTENCE,").append(today)
                                    .append("\r\n");
                        }
                    }
                } else if (random.nextInt(100) < 6) {
                    LocalDate recall = release.plusDays(30 + random.nextInt(300));
                    if (recall.isBefore(today)) {
                        csv.append("DEMO-").append(++events).append(',').append(person.justiceId())
                                .append(",CUSTODY,,,").append(recall).append(",RECALL,").append(today).append("\r\n");
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
