package org.gatehouse.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.gatehouse.demo.DemoNotes;
import org.gatehouse.demo.DemoNotes.DemoNote;
import org.gatehouse.notes.SearchableNote;
import org.gatehouse.notes.Sensitivity;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Case-note search on 1,000,000 generated notes (the demo generator's text), in one run:
 * <ol>
 * <li>the notes and their cases are loaded into PostgreSQL with {@code COPY} (the raw load rate);
 * <li>the index is rebuilt from PostgreSQL the way the rebuild job does (pages of 1,000 current
 * notes in id order joined to their case, the application's own documents and analysis, a commit
 * every 5,000 notes): notes per second and the index size;
 * <li>two-term and phrase queries, each as a case worker of one agency with restricted cases, run
 * through the application's search ({@code NoteSearcher}: access filter, facet counts over every
 * match, cases grouped, the first page of 20 cases with up to 3 highlighted notes each), on a bare
 * {@code IndexSearcher} over the same index (the same parsed words and access filter, top 20, nothing
 * counted, grouped, stored or highlighted), and on PostgreSQL full-text search (GIN
 * index on {@code to_tsvector('english', body)}, the same access filter, the total count, top 20
 * by {@code ts_rank} with {@code ts_headline}); the application's search interleaved with each of
 * the other two in turn, p50 and p99 of each.
 * </ol>
 * Arguments: {@code notes} (default 1,000,000), {@code rounds} per query kind and system (default 400),
 * JDBC URL and user (default {@code jdbc:postgresql://127.0.0.1:5432/test}, {@code postgres}).
 */
public final class SearchBenchmark {

    /** {@code -Dreuse=true}: query the notes and index of the last run instead of loading and rebuilding them. */
    private static final boolean REUSE = Boolean.getBoolean("reuse");
    /** {@code -DgatehouseOnly=true}: only the application's search (for a profiler), once per kind. */
    private static final boolean GATEHOUSE_ONLY = Boolean.getBoolean("gatehouseOnly");
    private static final int AGENCIES = 10;
    private static final int NOTES_PER_CASE = 10;
    private static final long SEED = 42;
    private static final String INSTALLATION = "search-benchmark";
    /** As the rebuild job's default chunk. */
    private static final int COMMIT_EVERY = 5000;
    private static final List<String> TWO_TERMS = List.of("housing bond", "methadone chemist", "hostel curfew",
            "forklift course", "universal credit", "drug test", "gp appointment", "bank account", "contact centre",
            "anger hostel", "rehab detox", "jobcentre sanction");
    private static final List<String> PHRASES = List.of("\"housing bond\"", "\"drug test\"", "\"food bank\"",
            "\"recovery meeting\"", "\"offender manager\"", "\"bank account\"", "\"gate on release\"",
            "\"supervised contact\"", "\"council flat\"", "\"advance payment\"");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        String url = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test";
        String user = args.length > 3 ? args[3] : "postgres";
        Path indexDir = Path.of("target", "search-bench", "notes-" + notes);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(true);
            if (!REUSE || !Files.isDirectory(indexDir)) {
                load(db, notes);
                deleteTree(indexDir);
                rebuild(db, indexDir);
            }
            try (IndexGeneration index = IndexGeneration.open(indexDir, INSTALLATION, 16)) {
                System.out.printf(Locale.ROOT, "index: %d notes, %.0f MB on disk%n",
                        index.counts(List.of()).total(), index.sizeOnDisk() / 1048576.0);
                compare(db, index, rounds);
            }
        }
    }

    /** Cases and notes into PostgreSQL by COPY, with the GIN index full-text search needs. */
    private static void load(Connection db, int notes) throws SQLException, IOException {
        try (Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists bench_search cascade");
            sql.execute("create schema bench_search");
            sql.execute("create table bench_search.participant (id bigint primary key, agency_id bigint not null, "
                    + "given_name varchar(100), family_name varchar(100), justice_id varchar(20), "
                    + "external_ref varchar(64), program varchar(32))");
            sql.execute("create table bench_search.case_note (id bigint primary key, note_id bigint not null, "
                    + "agency_id bigint not null, participant_id bigint not null, current_version boolean not null, "
                    + "body varchar(4000) not null, pathway varchar(24), sensitivity varchar(20) not null, "
                    + "written_by varchar(100) not null, written_at timestamp not null)");
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        int cases = notes / NOTES_PER_CASE;
        Random random = new Random(SEED);
        StringBuilder people = new StringBuilder();
        String[] given = {"Amy", "Ben", "Chloe", "Dylan", "Erin", "Finn", "Grace", "Harry", "Isla", "Jack"};
        String[] family = {"Abbott", "Barker", "Carter", "Dawson", "Ellis", "Fletcher", "Nguyen", "Singh", "Walsh"};
        for (int c = 1; c <= cases; c++) {
            people.append(c).append('\t').append(agencyOf(c)).append('\t').append(given[random.nextInt(given.length)])
                    .append('\t').append(family[random.nextInt(family.length)]).append('\t')
                    .append(String.format(Locale.ROOT, "A%04dBC", c % 10000)).append('\t').append("REF-").append(c)
                    .append('\t').append(c % 2 == 0 ? "REINT" : "TTG").append('\n');
        }
        copy.copyIn("copy bench_search.participant from stdin", new StringReader(people.toString()));
        people.setLength(0);

        long began = System.nanoTime();
        LocalDate today = LocalDate.of(2026, 11, 1);
        StringBuilder rows = new StringBuilder(64 * 1024 * 1024);
        long id = 0;
        for (int c = 1; c <= cases; c++) {
            for (DemoNote note : DemoNotes.forCase(SEED, c, today.minusDays(400), today, NOTES_PER_CASE)) {
                id++;
                rows.append(id).append('\t').append(id).append('\t').append(agencyOf(c)).append('\t').append(c)
                        .append("\tt\t").append(note.body().replace("\\", "\\\\")).append('\t')
                        .append(note.pathway() == null ? "\\N" : note.pathway().name()).append('\t')
                        .append(note.sensitivity().name()).append('\t').append("worker").append(c % 7).append('\t')
                        .append(note.day()).append(" 10:00:00\n");
            }
            if (rows.length() > 48 * 1024 * 1024 || c == cases) {
                copy.copyIn("copy bench_search.case_note from stdin", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "PostgreSQL COPY: %d notes in %.1f s (%.0f notes/s, generating included)%n",
                id, seconds, id / seconds);
        began = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("create index on bench_search.case_note using gin (to_tsvector('english', body))");
            sql.execute("create index on bench_search.case_note (agency_id)");
            sql.execute("analyze bench_search.case_note");
            sql.execute("analyze bench_search.participant");
        }
        System.out.printf(Locale.ROOT, "PostgreSQL GIN index built in %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    /** The rebuild job's reading and writing, without the server: pages by id, a commit every 5,000 notes. */
    private static void rebuild(Connection db, Path indexDir) throws SQLException, IOException {
        long began = System.nanoTime();
        long count = 0;
        try (IndexGeneration index = IndexGeneration.open(indexDir, INSTALLATION, 64);
             PreparedStatement page = db.prepareStatement("select n.note_id, n.id, p.id, n.body, n.pathway, "
                     + "n.sensitivity, n.written_by, n.written_at, p.program, p.given_name, p.family_name, "
                     + "p.justice_id, p.external_ref, n.agency_id from bench_search.case_note n "
                     + "join bench_search.participant p on p.id = n.participant_id "
                     + "where n.current_version and n.agency_id = ? and n.id > ? order by n.id limit 1000")) {
            for (long agency = 1; agency <= AGENCIES; agency++) {
                long after = 0;
                while (true) {
                    page.setLong(1, agency);
                    page.setLong(2, after);
                    int read = 0;
                    try (ResultSet row = page.executeQuery()) {
                        while (row.next()) {
                            read++;
                            after = row.getLong(2);
                            index.put(new SearchableNote(row.getLong(1), row.getLong(2), row.getLong(14),
                                    row.getLong(3), row.getString(4), row.getString(5), row.getString(6),
                                    row.getString(7), row.getTimestamp(8).toInstant(), row.getString(9),
                                    row.getString(10), row.getString(11), row.getString(12), row.getString(13)));
                            if (++count % COMMIT_EVERY == 0) {
                                index.commit();
                            }
                        }
                    }
                    if (read == 0) {
                        break;
                    }
                }
            }
            index.commit();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "rebuild from PostgreSQL: %d notes in %.1f s (%.0f notes/s)%n", count, seconds,
                count / seconds);
    }

    private static void compare(Connection db, IndexGeneration index, int rounds) throws Exception {
        Random random = new Random(7);
        NoteAccess[] callers = new NoteAccess[AGENCIES];
        for (int a = 1; a <= AGENCIES; a++) {
            Set<Long> restricted = new HashSet<>();
            while (restricted.size() < 25) {
                restricted.add((long) (a + AGENCIES * random.nextInt(1000)));
            }
            callers[a - 1] = new NoteAccess(a, null, restricted, List.of(Sensitivity.NORMAL.name(),
                    Sensitivity.SENSITIVE_CLINICAL.name()), "worker" + a);
        }
        String pgSql = "with hits as (select id, body, ts_rank(to_tsvector('english', body), q) as rank, "
                + "count(*) over () as total from bench_search.case_note, %s('english', ?) q "
                + "where to_tsvector('english', body) @@ q and agency_id = ? and current_version "
                + "and (sensitivity in ('NORMAL', 'SENSITIVE_CLINICAL') or written_by = ?) "
                + "and participant_id <> all (?) order by rank desc limit 20) "
                + "select id, total, ts_headline('english', body, q, 'StartSel=<mark>, StopSel=</mark>') "
                + "from hits, %s('english', ?) q";
        try (PreparedStatement pg = db.prepareStatement(String.format(pgSql, "plainto_tsquery", "plainto_tsquery"));
             PreparedStatement pgPhrase = db.prepareStatement(String.format(pgSql, "phraseto_tsquery",
                     "phraseto_tsquery"))) {
            for (String kind : List.of("two-term", "phrase")) {
                List<String> queries = kind.equals("two-term") ? TWO_TERMS : PHRASES;
                PreparedStatement sql = kind.equals("two-term") ? pg : pgPhrase;
                System.out.printf(Locale.ROOT, "%n%s queries, %d rounds each:%n", kind, rounds);
                Search gatehouse = (text, access) -> on(index, s -> NoteSearcher.search(s, NoteQuery.of(text), access,
                        ZoneOffset.UTC)).notes();
                long[] againstBare = pair(rounds, queries, callers, gatehouse,
                        "bare Lucene IndexSearcher", (text, access) -> on(index, s -> bare(s, text, access)));
                if (!GATEHOUSE_ONLY) {
                    long[] againstPg = pair(rounds, queries, callers, gatehouse,
                            "PostgreSQL FTS (GIN, ts_headline)", (text, access) -> postgres(sql, text, access));
                    System.out.printf(Locale.ROOT, "  p50 ratios: Gatehouse / bare Lucene %.1f x, "
                            + "PostgreSQL / Gatehouse %.1f x%n", (double) againstBare[0] / againstBare[1],
                            (double) againstPg[1] / againstPg[0]);
                }
            }
        }
    }

    /** One search of some words as one caller, giving its number of hits. */
    private interface Search {
        long run(String text, NoteAccess access);
    }

    /**
     * Two systems interleaved, each first in half the rounds (whoever follows the other with the same
     * words finds them in the CPU caches), a quarter of the rounds more as warm-up; prints and returns
     * the p50 of each. Pairs rather than all three at once: a PostgreSQL query takes both cores for
     * 100 ms and more and leaves the caches cold for whatever runs next.
     */
    private static long[] pair(int rounds, List<String> queries, NoteAccess[] callers, Search gatehouse,
                               String otherName, Search other) {
        Search[] systems = {gatehouse, other};
        String[] names = {"Gatehouse search (filter, facets, groups, highlight)", otherName};
        boolean both = !GATEHOUSE_ONLY;
        long[][] times = new long[2][rounds];
        long[] hits = new long[2];
        for (int r = -rounds / 4; r < rounds; r++) {
            String text = queries.get(Math.floorMod(r, queries.size()));
            NoteAccess access = callers[Math.floorMod(r, AGENCIES)];
            for (int turn = 0; turn < 2; turn++) {
                int k = Math.floorMod(r + turn, 2);
                if (k == 1 && !both) {
                    continue;
                }
                long[] found = new long[1];
                long took = time(() -> found[0] = systems[k].run(text, access));
                if (r >= 0) {
                    times[k][r] = took;
                    hits[k] += found[0];
                }
            }
        }
        long[] p50 = new long[2];
        for (int k = 0; k < (both ? 2 : 1); k++) {
            Arrays.sort(times[k]);
            p50[k] = times[k][rounds / 2];
            System.out.printf(Locale.ROOT, "  %-55s p50 %8.2f ms  p99 %8.2f ms  (avg hits %d)%n",
                    names[k], p50[k] / 1e6, times[k][rounds * 99 / 100] / 1e6, hits[k] / rounds);
        }
        return p50;
    }

    /** The same words and access filter as one Lucene query, top 20: nothing counted, grouped, read or highlighted. */
    private static long bare(IndexSearcher searcher, String text, NoteAccess access) {
        try {
            Query query = new BooleanQuery.Builder().add(NoteSearcher.words(text), BooleanClause.Occur.MUST)
                    .add(access.filter(), BooleanClause.Occur.FILTER).build();
            return searcher.search(query, 20).totalHits.value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long postgres(PreparedStatement pg, String text, NoteAccess access) {
        try {
            String words = text.replace("\"", "");
            pg.setString(1, words);
            pg.setLong(2, access.agencyId());
            pg.setString(3, access.username());
            pg.setArray(4, pg.getConnection().createArrayOf("bigint", access.restrictedCases().toArray()));
            pg.setString(5, words);
            long total = 0;
            try (ResultSet row = pg.executeQuery()) {
                while (row.next()) {
                    total = row.getLong(2);
                    row.getString(3);
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T on(IndexGeneration index, java.util.function.Function<IndexSearcher, T> search) {
        try {
            return index.search(search);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long time(Runnable work) {
        long began = System.nanoTime();
        work.run();
        return System.nanoTime() - began;
    }

    private static long agencyOf(int caseId) {
        return 1 + caseId % AGENCIES;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
