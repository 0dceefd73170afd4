package org.gatehouse.reoffending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.gatehouse.Deployments;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.platform.AccessDeniedException;
import org.gatehouse.platform.FileNoLongerKeptException;
import org.gatehouse.privacy.RetentionSweeper;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reoffending feed import (FORMATS.md §2) on the real batch runtime and database. */
@ExtendWith(ArquillianExtension.class)
class ReoffendingFeedIT {

    private static final String HEADER = "event_id,justice_id,event_type,offence_date,outcome_date,"
            + "custody_start_date,custody_reason,extract_date\r\n";
    private static final Caller PLATFORM_TEAM = new Caller(-9L, "feed-admin", null, null, Set.of(Role.SYSTEM_ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ReoffendingFeedIT.class);
    }

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private ReoffendingFeedLedger ledger;

    @Inject
    private RetentionSweeper sweeper;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    /** Unique per test run: the events and people of one test are no other's. */
    private static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    /** A participant of a new agency with this justice id. */
    private void participantWith(String justiceId) {
        Caller coordinator = TestData.newAgency(agencies, "RF").as(Role.COORDINATOR);
        ParticipantDetails details = TestData.participant(unique("RF-"), "Rhea", "Feeding");
        runAs(coordinator, () -> registry.register(new ParticipantDetails(details.externalRef(), justiceId,
                details.givenName(), details.familyName(), details.dateOfBirth(), details.gender(),
                details.indigenousStatus(), details.region(), details.prison(), details.program(),
                details.referralDate(), details.expectedReleaseDate(), details.actualReleaseDate(),
                details.vulnerabilities(), details.exitDate(), details.exitType())));
    }

    @Test
    void goodRowsAreKeptBadOnesRejectedWithTheirLineAndUnmatchedOnesCounted() throws Exception {
        String known = unique("K");
        participantWith(known);
        String e = unique("E");
        String file = HEADER
                // 2: a proven offence of a known person, the justice id in lower case
                + e + "-1," + known.toLowerCase() + ",PROVEN_OFFENCE,2025-02-01,2025-04-01,,,2026-06-30\r\n"
                // 3: a custody period of nobody known yet: kept, counted as unmatched
                + e + "-2,Z9999ZZ,custody,,,2025-05-01,RECALL,2026-06-30\r\n"
                // 4-10: rejected
                + e + "-3," + known + ",PROVEN_OFFENCE,2025-03-01,2025-02-01,,,2026-06-30\r\n"
                + e + "-4," + known + ",CUSTODY,,,2025-05-01,,2026-06-30\r\n"
                + e + "-1," + known + ",PROVEN_OFFENCE,2025-02-01,2025-04-01,,,2026-06-30\r\n"
                + e + "-5," + known + ",PROVEN_OFFENCE,2025-02-01,2025-04-01,,,2026-07-31\r\n"
                + e + "-6," + known + ",PROVEN_OFFENCE,2025-13-01,2025-04-01,,,2026-06-30\r\n"
                + e + "-7," + known + ",ARREST,2025-02-01,2025-04-01,,,2026-06-30\r\n"
                + e + "-8," + known + ",CUSTODY,2025-02-01,,2026-08-01,NEW_SENTENCE,2026-06-30\r\n";

        FeedSummary first = await(receive("feed.csv", file));

        assertThat(first.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(first.extractDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(List.of(first.read(), first.imported(), first.updated(), first.unchanged(), first.rejected(),
                first.unmatched())).containsExactly(9L, 2L, 0L, 0L, 7L, 1L);
        String rejects = new String(runAs(PLATFORM_TEAM, () -> feeds.rejectsCsv(first.runId())),
                StandardCharsets.UTF_8);
        assertThat(rejects.split("\r\n")).containsExactly("line,event_id,reason",
                "4," + e + "-3,outcome_date: is before the offence_date",
                "5," + e + "-4,custody_reason: is required",
                "6," + e + "-1,event_id: " + e + "-1 is already given on line 2 of this file",
                "7," + e + "-5,extract_date: 2026-07-31 is not the file's 2026-06-30 (every row of a feed file has "
                        + "the same)",
                "8," + e + "-6,offence_date: '2025-13-01' is not a date in the form YYYY-MM-DD",
                "9," + e + "-7,\"event_type: 'ARREST' is not one of [PROVEN_OFFENCE, CUSTODY]\"",
                "10," + e + "-8,offence_date: is only given for PROVEN_OFFENCE events; custody_start_date: is after "
                        + "the extract_date");
        assertThat(event(e + "-1")).containsExactly(known, "PROVEN_OFFENCE", "2025-02-01", "2025-04-01", null, null,
                "2026-06-30");
        assertThat(event(e + "-2")).containsExactly("Z9999ZZ", "CUSTODY", null, null, "2025-05-01", "RECALL",
                "2026-06-30");
        assertThat(event(e + "-3")).isEmpty();
    }

    @Test
    void theSameFileAgainChangesNothingAndALaterExtractUpdatesWhatChanged() throws Exception {
        String e = unique("E");
        String offence = e + "-1,P1111PP,PROVEN_OFFENCE,2025-02-01,%s,,,%s\r\n";
        String custody = e + "-2,P1111PP,CUSTODY,,,2025-05-01,REMAND,%s\r\n";
        String june = HEADER + offence.formatted("2025-04-01", "2026-06-30") + custody.formatted("2026-06-30");
        await(receive("june.csv", june));
        List<String> before = updatedAt(e);

        FeedSummary again = await(receive("june-again.csv", june));

        assertThat(List.of(again.read(), again.imported(), again.updated(), again.unchanged(), again.rejected()))
                .containsExactly(2L, 0L, 0L, 2L, 0L);
        assertThat(updatedAt(e)).isEqualTo(before);

        // the next extract corrects the offence's outcome date; the custody row changes only its extract date
        String july = HEADER + offence.formatted("2025-04-15", "2026-07-31") + custody.formatted("2026-07-31");
        FeedSummary later = await(receive("july.csv", july));

        assertThat(List.of(later.read(), later.imported(), later.updated(), later.unchanged()))
                .containsExactly(2L, 0L, 2L, 0L);
        assertThat(event(e + "-1")).containsExactly("P1111PP", "PROVEN_OFFENCE", "2025-02-01", "2025-04-15", null,
                null, "2026-07-31");
        assertThat(runAs(PLATFORM_TEAM, () -> feeds.recent())).extracting(FeedSummary::runId)
                .startsWith(later.runId(), again.runId());
    }

    @Test
    void aFileWithAnUnknownColumnIsRejectedWholeRowByRow() throws Exception {
        String e = unique("E");
        FeedSummary run = await(receive("wrong.csv", "event_id,justice_id,event_type,extract_date,postcode\r\n"
                + e + "-1,P1111PP,CUSTODY,2026-06-30,AB1 2CD\r\n"));

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.failure()).contains("postcode");
        assertThat(List.of(run.read(), run.imported(), run.rejected())).containsExactly(1L, 0L, 1L);
        assertThat(event(e + "-1")).isEmpty();

        // a run that did not complete keeps its file a week (a restart reads it), then the nightly sweep forgets it
        assertThat(runAs(PLATFORM_TEAM, () -> ledger.content(run.runId()))).isNotEmpty();
        TestData.daysAhead(6, sweeper::sweep);
        assertThat(runAs(PLATFORM_TEAM, () -> ledger.content(run.runId()))).isNotEmpty();
        TestData.daysAhead(8, sweeper::sweep);
        assertThatThrownBy(() -> runAs(PLATFORM_TEAM, () -> ledger.content(run.runId())))
                .isInstanceOf(FileNoLongerKeptException.class)
                .hasMessage("The uploaded file is no longer kept (a file is kept until its import completes, or for 7 "
                        + "days when it does not): upload it again");
        assertThat(runAs(PLATFORM_TEAM, () -> feeds.summary(run.runId()))).isEqualTo(run);
    }

    @Test
    void anOlderExtractChangesNoEventAndAnExtractDateAfterTheDayOfReceiptIsRefused() throws Exception {
        String e = unique("O");
        FeedSummary newer = await(receive("newer.csv", HEADER
                + e + "-1,C1111CC,CUSTODY,,,2025-05-01,RECALL,2026-06-30\r\n"));
        assertThat(newer.imported()).isEqualTo(1);

        // the file's extract date is its first readable one: a first row with an unreadable date does not set it
        FeedSummary older = await(receive("older.csv", HEADER
                + e + "-2,C1111CC,CUSTODY,,,2025-05-01,RECALL,2026-5-31\r\n"
                + e + "-1,C2222CC,CUSTODY,,,2025-06-01,NEW_SENTENCE,2026-05-31\r\n"));
        assertThat(older.extractDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(List.of(older.imported(), older.updated(), older.unchanged(), older.rejected()))
                .containsExactly(0L, 0L, 1L, 1L);
        assertThat(event(e + "-1")).as("the newer extract's event stands").containsExactly("C1111CC", "CUSTODY",
                null, null, "2025-05-01", "RECALL", "2026-06-30");

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        FeedSummary early = await(receive("tomorrow.csv", HEADER
                + e + "-3,C1111CC,CUSTODY,,,2025-05-01,RECALL," + tomorrow + "\r\n"));
        assertThat(early.rejected()).isEqualTo(1);
        assertThat(new String(runAs(PLATFORM_TEAM, () -> feeds.rejectsCsv(early.runId())), StandardCharsets.UTF_8))
                .contains("extract_date: " + tomorrow + " is after the day the file was received (" + LocalDate.now()
                        + ")");
        assertThat(event(e + "-3")).isEmpty();

        // two files at once naming the same new events: their chunks take turns, the newer extract wins
        StringBuilder april = new StringBuilder(HEADER);
        StringBuilder march = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            april.append(e).append("-B").append(i).append(",C1111CC,CUSTODY,,,2025-05-01,RECALL,2026-04-30\r\n");
            march.append(e).append("-B").append(i).append(",C2222CC,CUSTODY,,,2025-05-01,REMAND,2026-03-31\r\n");
        }
        long aprilRun = receive("april.csv", april.toString());
        long marchRun = receive("march.csv", march.toString());
        assertThat(List.of(await(aprilRun).status(), await(marchRun).status()))
                .containsOnly(ImportStatus.COMPLETED);
        for (int i = 0; i < 300; i++) {
            assertThat(event(e + "-B" + i)).as("event %d", i).containsExactly("C1111CC", "CUSTODY", null, null,
                    "2025-05-01", "RECALL", "2026-04-30");
        }
    }

    @Test
    void filesSettledInTheDropFolderAreCollectedAndMovedAside() throws Exception {
        Path folder = Files.createTempDirectory("feed-drop");
        String e = unique("E");
        Path settled = Files.writeString(folder.resolve("justice-" + e + ".csv"),
                HEADER + e + "-1,P2222PP,CUSTODY,,,2025-05-01,NEW_SENTENCE,2026-06-30\r\n");
        Files.setLastModifiedTime(settled, FileTime.from(Instant.now().minus(5, ChronoUnit.MINUTES)));
        // still being copied in: left for the next collection
        Path fresh = Files.writeString(folder.resolve("arriving.csv"), HEADER);
        Files.writeString(folder.resolve("readme.txt"), "not a feed file");
        System.setProperty("gatehouse.feed.dir", folder.toString());
        try {
            List<Long> runs = runAs(PLATFORM_TEAM, () -> feeds.collect());

            assertThat(runs).hasSize(1);
            FeedSummary run = await(runs.get(0));
            assertThat(run.source()).isEqualTo(FeedSource.DROP_FOLDER);
            assertThat(run.fileName()).isEqualTo("justice-" + e + ".csv");
            assertThat(run.imported()).isEqualTo(1);
            assertThat(settled).doesNotExist();
            Path imported = folder.resolve("imported").resolve(runs.get(0) + "-justice-" + e + ".csv");
            assertThat(imported).exists();
            assertThat(fresh).exists();
            assertThat(runAs(PLATFORM_TEAM, () -> feeds.collect())).isEmpty();
            // the completed run no longer keeps the file; the copy moved aside is deleted a week later
            Files.delete(fresh);
            assertThatThrownBy(() -> runAs(PLATFORM_TEAM, () -> ledger.content(run.runId())))
                    .isInstanceOf(FileNoLongerKeptException.class);
            TestData.daysAhead(6, () -> runAs(PLATFORM_TEAM, () -> feeds.collect()));
            assertThat(imported).exists();
            TestData.daysAhead(8, () -> runAs(PLATFORM_TEAM, () -> feeds.collect()));
            assertThat(imported).doesNotExist();
        } finally {
            System.clearProperty("gatehouse.feed.dir");
        }
    }

    @Test
    void noAgencyUserReachesTheFeed() {
        Caller admin = TestData.newAgency(agencies, "RF").as(Role.AGENCY_ADMIN);
        byte[] file = HEADER.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runAs(admin, () -> feeds.receive("x.csv", file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs(admin, () -> feeds.recent()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long receive(String name, String content) {
        return runAs(PLATFORM_TEAM, () -> feeds.receive(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private FeedSummary await(long runId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            FeedSummary summary = runAs(PLATFORM_TEAM, () -> feeds.summary(runId));
            if (summary.isFinished()) {
                return summary;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("feed run " + runId + " did not finish in 30 s");
    }

    /** The stored event: justice id, type, offence, outcome, custody start, reason, extract; empty if none. */
    private List<String> event(String eventId) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select justice_id, event_type, offence_date, outcome_date, custody_start_date, custody_reason, "
                        + "extract_date from reoffending_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (row.next()) {
                    for (int i = 1; i <= 7; i++) {
                        values.add(row.getString(i));
                    }
                }
                return values;
            }
        }
    }

    private List<String> updatedAt(String eventIdPrefix) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select updated_at from reoffending_event where event_id like ? order by event_id")) {
            query.setString(1, eventIdPrefix + "-%");
            try (ResultSet row = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (row.next()) {
                    values.add(row.getString(1));
                }
                return values;
            }
        }
    }
}
