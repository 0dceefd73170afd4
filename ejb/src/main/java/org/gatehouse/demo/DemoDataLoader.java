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
import org.gatehouse.security.Accounts;
import org.gatehouse.security.Role;
import org.gatehouse.security.TemporaryPasswords;

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
    private static final int DEMO_MATCHES = 8;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private DemoDataWriter writer;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @PostConstruct
    void loadOnFirstStart() {
        if (!Boolean.getBoolean("gatehouse.demo")) {
            return;
        }
        DemoDataGenerator generator = generator(LocalDate.now(clock));
        // first start of demo mode: the demo users are not there yet
        if (accounts.find("sysadmin").isEmpty()) {
            load(generator);
        } else {
            addWhatIsNew(generator);
        }
    }

    /** The demo data's generator, of the size and seed the server is given. */
    public static DemoDataGenerator generator(LocalDate today) {
        return new DemoDataGenerator(Long.getLong("gatehouse.demo.seed", 42L),
                Integer.getInteger("gatehouse.demo.agencies", 2),
                Integer.getInteger("gatehouse.demo.participants", 120), today);
    }

    /** A demo database from an earlier version: adds the demo parts it lacks (mentoring), keeps the rest. */
    private void addWhatIsNew(DemoDataGenerator generator) {
        List<DemoDataGenerator.DemoAgency> demoAgencies = generator.agencies();
        for (int i = 0; i < demoAgencies.size(); i++) {
            String code = demoAgencies.get(i).code();
            if (agencies.findAgency(code).isPresent() && !writer.hasMentors(code)) {
                addMentoring(generator, i, code);
                LOG.info("Demo data: mentors, consents and matches added to " + code);
            }
            if (agencies.findAgency(code).isPresent()) {
                writer.addPartners(code);
            }
        }
    }

    /** Consent to mentoring on most open cases, then the mentors and a few matches. */
    private void addMentoring(DemoDataGenerator generator, int agencyIndex, String agencyCode) {
        List<Long> open = writer.openCases(agencyCode);
        for (int from = 0; from < open.size(); from += BATCH) {
            writer.addMentoringConsents(agencyCode, open.subList(from, Math.min(open.size(), from + BATCH)));
        }
        writer.addMentors(agencyCode, generator.mentors(agencyIndex), DEMO_MATCHES);
    }

    public void load(DemoDataGenerator generator) {
        // demo mode only: a password given to the server, or a new random one printed below
        String given = System.getProperty("gatehouse.demo.password");
        String password = given != null && !given.isBlank() ? given : TemporaryPasswords.next();
        List<DemoDataGenerator.DemoAgency> demoAgencies = generator.agencies();
        writer.createGlobalUsers(password);
        long total = 0;
        for (int i = 0; i < demoAgencies.size(); i++) {
            DemoDataGenerator.DemoAgency agency = demoAgencies.get(i);
            if (agencies.findAgency(agency.code()).isPresent()) {
                // a database from before demo users existed: add the users, keep the data
                writer.addUsers(agency, password);
                continue;
            }
            writer.createAgency(agency, password);
            List<ParticipantDetails> participants = generator.participants(i);
            for (int from = 0; from < participants.size(); from += BATCH) {
                writer.addParticipants(agency.code(),
                        participants.subList(from, Math.min(participants.size(), from + BATCH)));
            }
            total += participants.size();
            writer.addReferrals(agency.code(), generator.referrals(i));
            List<Long> open = writer.openCases(agency.code());
            for (int from = 0; from < open.size(); from += BATCH / 10) {
                writer.addActivities(agency.code(), open.subList(from, Math.min(open.size(), from + BATCH / 10)),
                        generator);
                writer.addNotes(agency.code(), open.subList(from, Math.min(open.size(), from + BATCH / 10)),
                        generator);
            }
            addMentoring(generator, i, agency.code());
            writer.addPartners(agency.code());
        }
        LOG.info("Demo data loaded: " + demoAgencies.size() + " agencies, " + total
                + " participants with their engagements and case notes, referrals awaiting intake, mentors and a few matches");
        StringBuilder users = new StringBuilder("Demo users (password for all: ").append(password)
                .append("): sysadmin, commissioner");
        for (DemoDataGenerator.DemoAgency agency : demoAgencies) {
            for (Role role : DemoDataWriter.AGENCY_ROLES) {
                users.append(", ").append(DemoDataWriter.usernameFor(role, agency.code()));
            }
        }
        LOG.info(users.toString());
    }
}
