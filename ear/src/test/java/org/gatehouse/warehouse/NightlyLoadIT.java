package org.gatehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.reoffending.FeedSummary;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly batch: the node that claims the night collects the feed's drop folder, waits for its
 * imports, then loads the warehouse with them; a second claim of the night (another node) does nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyLoadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(NightlyLoadIT.class, Loads.class);
    }

    @Inject
    private NightlyLoad nightly;

    @Inject
    private NightlyClaims claims;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ReoffendingFeeds feeds;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void aNightCollectsTheFeedThenLoadsTheWarehouseWithItOnceInTheCluster() throws Exception {
        LocalDate night = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        // no later than the other tests' extracts: the feed's latest extract date is theirs to set
        LocalDate extract = LocalDate.of(2026, 6, 30);
        Path folder = Files.createTempDirectory("nightly-feed");
        String event = "NIGHT-" + System.nanoTime();
        Path file = Files.writeString(folder.resolve("justice-" + event + ".csv"),
                "event_id,justice_id,event_type,offence_date,outcome_date,custody_start_date,custody_reason,"
                        + "extract_date\r\n" + event + ",N9999NN,CUSTODY,,,2025-05-01,NEW_SENTENCE," + extract + "\r\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(5, ChronoUnit.MINUTES)));
        System.setProperty("gatehouse.feed.dir", folder.toString());
        try {
            assertThat(runAs(Loads.PLATFORM_TEAM, () -> nightly.at())).as("off on the test server").isEmpty();

            assertThat(runAs(Loads.PLATFORM_TEAM, () -> nightly.run(night))).isTrue();
            assertThat(file).as("collected").doesNotExist();
            assertThat(runAs(Loads.PLATFORM_TEAM, () -> nightly.run(night))).as("another node's turn").isFalse();

            long execution = awaitLoadStarted(night);
            Loads.await(execution, BatchStatus.COMPLETED);
            long instance = BatchRuntime.getJobOperator().getJobInstance(execution).getInstanceId();
            FeedSummary imported = runAs(Loads.PLATFORM_TEAM, () -> feeds.recent()).stream()
                    .filter(r -> r.fileName().equals(file.getFileName().toString())).findFirst().orElseThrow();
            assertThat(imported.status()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(imported.imported()).isEqualTo(1);
            assertThat(imported.finishedAt()).as("the load began once the feed was in")
                    .isBeforeOrEqualTo(loadStartedAt(instance));
        } finally {
            System.clearProperty("gatehouse.feed.dir");
        }
        TestData.TestAgency agency = TestData.newAgency(agencies, "NL");
        assertThatThrownBy(() -> runAs(agency.as(Role.AGENCY_ADMIN), () -> nightly.run(night.plusDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(agency.as(Role.COORDINATOR), () -> claims.night(night)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nodesClaimingTheSameNightAtOnceGetItOnce() throws Exception {
        LocalDate night = LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        int nodes = 6;
        CountDownLatch together = new CountDownLatch(1);
        List<Future<Boolean>> claimed = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String node = "node-" + i;
            claimed.add(executor.submit(() -> {
                together.await();
                return runAs(Loads.PLATFORM_TEAM, () -> claims.claim(night, node));
            }));
        }
        together.countDown();
        int winners = 0;
        for (Future<Boolean> claim : claimed) {
            winners += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
        assertThat(runAs(Loads.PLATFORM_TEAM, () -> claims.night(night))).get().extracting(NightlyClaims.Night::node)
                .asString().startsWith("node-");
    }

    private long awaitLoadStarted(LocalDate night) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Long execution = runAs(Loads.PLATFORM_TEAM, () -> claims.night(night)).orElseThrow().loadExecution();
            if (execution != null) {
                return execution;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the night started no load in 60 s");
    }

    private Instant loadStartedAt(long jobInstance) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(
                     "select started_at from warehouse.load_run where job_instance = ?")) {
            select.setLong(1, jobInstance);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getTimestamp(1).toInstant();
            }
        }
    }
}
