package org.gatehouse.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gatehouse.Deployments;
import org.gatehouse.Fuzz;
import org.gatehouse.TestData;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantFilter;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.ParticipantSort;
import org.gatehouse.participantimport.ImportLine;
import org.gatehouse.participantimport.ImportSummary;
import org.gatehouse.participantimport.ParticipantImports;
import org.gatehouse.platform.ImportStatus;
import org.gatehouse.reoffending.FeedSummary;
import org.gatehouse.reoffending.ReoffendingFeeds;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random files through both CSV imports ({@link Fuzz}): good rows among rows with a field made
 * odd (script, formula, huge, control characters, broken quoting, Latin-1), rows cut short or
 * run long, headers shuffled or lost, files that are not CSV at all. Each run completes (or, for a
 * file that cannot be read at all, is refused whole with its reason and keeps nothing); every line
 * read is imported, unchanged or rejected with its reason; what is stored is the row exactly as
 * sent, and a rejected row leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportFuzzIT {

    private static final List<String> PARTICIPANT_COLUMNS = List.of("external_ref", "justice_id", "given_name",
            "family_name", "date_of_birth", "gender", "region", "prison", "program", "referral_date",
            "expected_release_date", "vulnerabilities");
    private static final List<String> FEED_COLUMNS = List.of("event_id", "justice_id", "event_type", "offence_date",
            "outcome_date", "custody_start_date", "custody_reason", "extract_date");
    private static final Caller PLATFORM_TEAM = new Caller(-9L, "feed-fuzz", null, null, Set.of(Role.SYSTEM_ADMIN));
    private static final int FILES = 5;
    private static final int ROWS = 24;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(ImportFuzzIT.class, Fuzz.class);
    }

    @Inject
    private ParticipantImports imports;

    @Inject
    private ReoffendingFeeds feeds;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry registry;

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private final Fuzz fuzz = new Fuzz();

    @Test
    void participantFilesOfEveryKindAreReadWholeRowByRow() throws Exception {
        for (int file = 0; file < FILES; file++) {
            Caller coordinator = TestData.newAgency(agencies, "FZI").as(Role.COORDINATOR);
            Map<String, Map<String, String>> sent = new LinkedHashMap<>();
            byte[] content = file(PARTICIPANT_COLUMNS, sent, n -> participantRow(n));
            long runId = runAs(coordinator, () -> imports.start("fuzz.csv", content));
            ImportSummary summary = await(() -> runAs(coordinator, () -> imports.summary(runId)));
            String what = "seed " + fuzz.seed() + ", file " + file + ": " + summary;

            if (summary.status() == ImportStatus.FAILED) {
                assertThat(summary.failure()).as(what).isNotBlank().doesNotContain("Exception");
                assertThat(runAs(coordinator, () -> registry.count(ParticipantFilter.none()))).as(what).isZero();
                continue;
            }
            assertThat(summary.status()).as(what).isEqualTo(ImportStatus.COMPLETED);
            assertThat(summary.imported() + summary.updated() + summary.unchanged() + summary.rejected())
                    .as(what).isEqualTo(summary.read());
            List<ImportLine> rejects = runAs(coordinator, () -> imports.rejects(runId));
            assertThat(rejects).as(what).hasSize((int) summary.rejected())
                    .allSatisfy(line -> assertThat(line.getReason()).isNotBlank().doesNotContain("Exception")
                            .doesNotContain("at org."));
            List<Participant> stored = runAs(coordinator, () -> registry.list(ParticipantFilter.none(),
                    ParticipantSort.EXTERNAL_REF, true, 0, 1000));
            assertThat((long) stored.size()).as(what).isEqualTo(summary.imported());
            for (Participant participant : stored) {
                Map<String, String> row = sent.get(participant.getExternalRef());
                assertThat(row).as(what + ": stored " + participant.getExternalRef() + " was sent").isNotNull();
                assertThat(List.of(participant.getJusticeId(), participant.getGivenName(), participant.getFamilyName(),
                        participant.getPrison())).as(what + ": stored as sent")
                        .containsExactly(row.get("justice_id").strip(), row.get("given_name").strip(),
                                row.get("family_name").strip(), row.get("prison").strip());
            }
            String report = new String(runAs(coordinator, () -> imports.rejectsCsv(runId)), StandardCharsets.UTF_8);
            assertThat(report.split("\r\n", -1)[0]).as(what).isEqualTo("line,external_ref,reason");
            noFormulaCells(what, report);
        }
    }

    @Test
    void reoffendingFeedsOfEveryKindAreReadWholeRowByRow() throws Exception {
        for (int file = 0; file < FILES; file++) {
            Map<String, Map<String, String>> sent = new LinkedHashMap<>();
            String extract = LocalDate.now().minusDays(1 + fuzz.below(300)).toString();
            byte[] content = file(FEED_COLUMNS, sent, n -> feedRow(extract));
            String name = "fuzz-" + file + "-" + fuzz.seed() + ".csv";
            long runId = runAs(PLATFORM_TEAM, () -> feeds.receive(name, content));
            FeedSummary summary = await(() -> runAs(PLATFORM_TEAM, () -> feeds.summary(runId)));
            String what = "seed " + fuzz.seed() + ", feed " + file + ": " + summary;

            long kept = 0;
            for (Map.Entry<String, Map<String, String>> row : sent.entrySet()) {
                Map<String, String> event = event(row.getKey());
                if (!event.isEmpty()) {
                    kept++;
                    assertThat(event.get("justice_id")).as(what + ": stored as sent")
                            .isEqualToIgnoringCase(row.getValue().get("justice_id").strip());
                    assertThat(event.get("extract_date")).as(what).isEqualTo(extract);
                }
            }
            if (summary.status() == ImportStatus.FAILED) {
                // a file that cannot be read at all is refused whole, saying why, with nothing kept
                assertThat(summary.failure()).as(what).isNotBlank().doesNotContain("Exception");
                assertThat(kept).as(what).isZero();
                continue;
            }
            assertThat(summary.status()).as(what).isEqualTo(ImportStatus.COMPLETED);
            assertThat(summary.imported() + summary.updated() + summary.unchanged() + summary.rejected())
                    .as(what).isEqualTo(summary.read());
            String report = new String(runAs(PLATFORM_TEAM, () -> feeds.rejectsCsv(runId)), StandardCharsets.UTF_8);
            assertThat(report.split("\r\n", -1)[0]).as(what).isEqualTo("line,event_id,reason");
            assertThat(report).as(what).doesNotContain("Exception").doesNotContain("at org.");
            noFormulaCells(what, report);
            assertThat(kept).as(what + ": kept exactly the rows counted in").isEqualTo(summary.imported());
        }
    }

    /** No cell of a report people open in a spreadsheet starts as a formula (the writer puts an apostrophe first). */
    private static void noFormulaCells(String what, String csv) {
        for (String line : csv.split("\r\n")) {
            assertThat(line).as(what).doesNotContainPattern("(^|,)\"?[=+\\-@\t]");
        }
    }

    /** A row's values by column, for row number {@code n}. */
    @FunctionalInterface
    private interface RowMaker {
        Map<String, String> row(int n);
    }

    /**
     * A file of {@link #ROWS} rows: the header as it should be (mostly), each row good or with one
     * field made odd, now and then cut short, run long, in Latin-1 or quoted wrongly; now and then
     * the whole file something else. {@code sent} gets each row by its first column, as sent.
     */
    private byte[] file(List<String> columns, Map<String, Map<String, String>> sent, RowMaker rows) {
        if (fuzz.chance(10)) {
            return fuzz.oneOf(List.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0},
                    fuzz.huge().getBytes(StandardCharsets.UTF_8), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0},
                    "\r\n\r\n\r\n".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = new ArrayList<>(columns);
        switch (fuzz.below(12)) {
            case 0 -> header.remove(fuzz.below(header.size()));
            case 1 -> java.util.Collections.swap(header, fuzz.below(header.size()), fuzz.below(header.size()));
            case 2 -> header.add("postcode");
            case 3 -> header.set(0, header.get(0).toUpperCase());
            case 4 -> out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
            default -> { }
        }
        out.writeBytes((String.join(",", header) + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int n = 0; n < ROWS; n++) {
            Map<String, String> values = rows.row(n);
            String key = values.get(columns.get(0));
            if (fuzz.chance(40)) {
                String column = fuzz.oneOf(columns.subList(1, columns.size()));
                values.put(column, fuzz.text());
            }
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                // a header in capitals names the same column: its value is sent (seed 3208398014705 sent "x")
                cells.add(values.getOrDefault(column.toLowerCase(Locale.ROOT), "x"));
            }
            if (fuzz.chance(5)) {
                cells.remove(cells.size() - 1);
            } else if (fuzz.chance(5)) {
                cells.add("extra");
            }
            boolean quotedRight = !fuzz.chance(5);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                line.append(c == 0 ? "" : ",").append(quotedRight ? quoted(cells.get(c)) : cells.get(c));
            }
            line.append(fuzz.chance(90) ? "\r\n" : "\n");
            if (fuzz.chance(5)) {
                // saved in Latin-1: what it cannot hold becomes '?', and what it can is not UTF-8
                out.writeBytes(line.toString().getBytes(StandardCharsets.ISO_8859_1));
                values.replaceAll((column, value) -> new String(value.getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.ISO_8859_1));
            } else {
                // an unpaired surrogate cannot be written in UTF-8 either: it is sent as '?'
                out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                values.replaceAll((column, value) -> new String(value.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8));
            }
            sent.put(key, values);
        }
        return out.toByteArray();
    }

    /** RFC 4180: quoted where the value holds a comma, a quote or a line break. */
    private static String quoted(String value) {
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private Map<String, String> participantRow(int n) {
        LocalDate today = LocalDate.now();
        Map<String, String> row = new HashMap<>();
        row.put("external_ref", "FZ-" + n + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36));
        row.put("justice_id", "A" + (1000 + n) + "BC");
        row.put("given_name", fuzz.oneOf(List.of("Amy", "Zoë", "Ōtaka", "Seán")));
        row.put("family_name", fuzz.oneOf(List.of("Abbott", "O'Brien, Jr", "Ngā-Rangi")));
        row.put("date_of_birth", "1990-05-01");
        row.put("gender", fuzz.oneOf(List.of("F", "M", "X")));
        row.put("region", fuzz.oneOf(List.of("NORTH", "SOUTH")));
        row.put("prison", "HMP Northgate");
        row.put("program", fuzz.oneOf(List.of("REINT", "TTG")));
        row.put("referral_date", today.minusDays(30).toString());
        row.put("expected_release_date", today.plusDays(20).toString());
        row.put("vulnerabilities", fuzz.oneOf(List.of("", "NFA", "NFA;SUBSTANCE")));
        return row;
    }

    private Map<String, String> feedRow(String extract) {
        Map<String, String> row = new HashMap<>();
        row.put("event_id", "FZE-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        row.put("justice_id", "Z" + (1000 + fuzz.below(9000)) + "ZZ");
        boolean custody = fuzz.chance(50);
        row.put("event_type", custody ? "CUSTODY" : "PROVEN_OFFENCE");
        row.put("offence_date", custody ? "" : "2025-02-01");
        row.put("outcome_date", custody ? "" : "2025-04-01");
        row.put("custody_start_date", custody ? "2025-05-01" : "");
        row.put("custody_reason", custody ? "RECALL" : "");
        row.put("extract_date", extract);
        return row;
    }

    /** The stored reoffending event by column; empty if none. */
    private Map<String, String> event(String eventId) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select justice_id, extract_date from reoffending_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Map.of("justice_id", row.getString(1), "extract_date", row.getString(2))
                        : Map.of();
            }
        }
    }

    private static <S> S await(Supplier<S> summary) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            S now = summary.get();
            if (now instanceof ImportSummary s && s.isFinished() || now instanceof FeedSummary f && f.isFinished()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not finish within 90 s");
    }
}
