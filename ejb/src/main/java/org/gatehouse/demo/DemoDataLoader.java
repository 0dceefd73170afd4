package org.gatehouse.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantDetails;

/**
 * In demo mode (system property {@code gatehouse.demo=true}), adds generated agencies and
 * participants at the first start (when the demo agencies do not exist yet). Size and seed come
 * from {@code gatehouse.demo.participants} (per agency), {@code gatehouse.demo.agencies} and
 * {@code gatehouse.demo.seed}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final int BATCH = 500;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private DemoDataWriter writer;

    @Inject
    private Clock clock;

    @PostConstruct
    void loadOnFirstStart() {
        if (!Boolean.getBoolean("gatehouse.demo")) {
            return;
        }
        DemoDataGenerator generator = new DemoDataGenerator(Long.getLong("gatehouse.demo.seed", 42L),
                Integer.getInteger("gatehouse.demo.agencies", 2),
                Integer.getInteger("gatehouse.demo.participants", 120), LocalDate.now(clock));
        // first start of demo mode: the demo agencies are not there yet
        if (agencies.findAgency(generator.agencies().get(0).code()).isEmpty()) {
            load(generator);
        }
    }

    public void load(DemoDataGenerator generator) {
        List<DemoDataGenerator.DemoAgency> demoAgencies = generator.agencies();
        long total = 0;
        for (int i = 0; i < demoAgencies.size(); i++) {
            DemoDataGenerator.DemoAgency agency = demoAgencies.get(i);
            writer.createAgency(agency);
            List<ParticipantDetails> participants = generator.participants(i);
            for (int from = 0; from < participants.size(); from += BATCH) {
                writer.addParticipants(agency.code(),
                        participants.subList(from, Math.min(participants.size(), from + BATCH)));
            }
            total += participants.size();
        }
        LOG.info("Demo data loaded: " + demoAgencies.size() + " agencies, " + total + " participants");
    }
}
