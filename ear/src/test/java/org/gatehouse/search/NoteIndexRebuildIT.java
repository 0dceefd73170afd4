package org.gatehouse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatehouse.security.Callers.runAs;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.gatehouse.Deployments;
import org.gatehouse.Triangles;
import org.gatehouse.Triangles.Triangle;
import org.gatehouse.casework.Participant;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;
import org.gatehouse.casework.Pathway;
import org.gatehouse.notes.CaseNote;
import org.gatehouse.notes.CaseNotes;
import org.gatehouse.notes.SearchableNote;
import org.gatehouse.notes.Sensitivity;
import org.gatehouse.operations.Readiness;
import org.gatehouse.search.NoteIndexHealth.IndexHealth;
import org.gatehouse.search.NoteIndexRebuilds.RebuildRun;
import org.gatehouse.security.Caller;
import org.gatehouse.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rebuild job on the real server: searches keep answering in full while it runs, changes made
 * meanwhile are in the new index, a stopped rebuild continues from its checkpoint, and the health
 * check agrees with the database afterwards; an index whose directory is deleted is reported and rebuilt.
 */
@ExtendWith(ArquillianExtension.class)
class NoteIndexRebuildIT {

    private static final Caller SYSTEM_ADMIN = new Caller(-1L, "root-index", null, null, Set.of(Role.SYSTEM_ADMIN));
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.gatehouseWith(NoteIndexRebuildIT.class);
    }

    @Inject
    private Triangles triangles;

    @Inject
    private CaseNotes notes;

    @Inject
    private NoteSearch search;

    @Inject
    private NoteIndex index;

    @Inject
    private NoteIndexHealth health;

    @Inject
    private NoteIndexRebuilds rebuilds;

    @Inject
    private IndexFollower follower;

    @Inject
    private Readiness readiness;

    @Inject
    private ParticipantRegistry registry;

    @Resource
    private UserTransaction transaction;

    private Triangle triangle;
    private String word;

    @BeforeEach
    void aCaseWithManyNotes() throws Exception {
        triangle = triangles.create("RBI");
        word = uniqueWord();
        awaitNoRebuild();
    }

    @Test
    void searchesAnswerInFullWhileTheIndexIsRebuiltAndChangesMadeMeanwhileAreKept() throws Exception {
        writeNotes(300);
        String before = index.state().directory();
        RebuildRun run = runAs(SYSTEM_ADMIN, () -> rebuilds.start("10"));
        int searchesWhileRebuilding = 0;
        boolean wroteDuring = false;
        while (RUNNING.contains(status(run))) {
            if (index.state().rebuildRunning()) {
                searchesWhileRebuilding++;
                if (!wroteDuring) {
                    runAs(triangle.caseWorker(), () -> notes.write(triangle.mentee().getId(),
                            word + " written while the index was rebuilt", null, Sensitivity.NORMAL));
                    wroteDuring = true;
                }
            }
            assertThat(found(word)).as("notes found during the rebuild").isEqualTo(wroteDuring ? 301 : 300);
        }
        assertThat(status(run)).isEqualTo("COMPLETED");
        assertThat(searchesWhileRebuilding).as("searches made while the rebuild ran").isPositive();
        assertThat(index.state().directory()).as("switched to a new generation").isNotEqualTo(before);
        assertThat(found(word)).isEqualTo(301);
        assertThat(found("\"written while the index was rebuilt\"")).isEqualTo(1);
        IndexHealth now = runAs(SYSTEM_ADMIN, () -> health.check());
        assertThat(now.rebuildNeeded()).as(now.reason() + " " + now.differences()).isFalse();
        assertThat(now.indexed()).isEqualTo(now.inDatabase());
    }

    @Test
    void aStoppedRebuildContinuesFromItsCheckpointWithTheChangesMadeWhileItWasStopped() throws Exception {
        List<CaseNote> written = writeNotes(400);
        RebuildRun first = runAs(SYSTEM_ADMIN, () -> rebuilds.start("10"));
        while (RUNNING.contains(status(first)) && read(first) < 50) {
            Thread.sleep(1);
        }
        runAs(SYSTEM_ADMIN, () -> rebuilds.stop());
        while (RUNNING.contains(status(first))) {
            Thread.sleep(10);
        }
        assertThat(status(first)).as("stopped before the end").isEqualTo("STOPPED");
        assertThat(found(word)).as("the live index still answers").isEqualTo(400);

        // while it is stopped: the case is renamed (its notes, some already rebuilt, indexed again) and a note corrected
        rename(triangle.mentee().getId(), "Okonkwo");
        CaseNote early = written.get(0);
        runAs(triangle.caseWorker(), () -> notes.correct(early.getId(), early.getVersion(), word + " corrected text",
                null, Sensitivity.NORMAL, "typo"));

        RebuildRun again = runAs(SYSTEM_ADMIN, () -> rebuilds.restart());
        while (RUNNING.contains(status(again))) {
            Thread.sleep(10);
        }
        assertThat(status(again)).isEqualTo("COMPLETED");
        long total = runAs(SYSTEM_ADMIN, () -> health.check()).inDatabase();
        assertThat(read(again)).as("notes read after the restart").isLessThan(total).isPositive();
        assertThat(found(word)).isEqualTo(400);
        assertThat(found("Okonkwo AND " + word)).as("the new name on every note").isEqualTo(400);
        assertThat(found("Mentee AND " + word)).as("the old name on none").isZero();
        assertThat(found("\"corrected text\"")).isEqualTo(1);
        IndexHealth now = runAs(SYSTEM_ADMIN, () -> health.check());
        assertThat(now.rebuildNeeded()).as(now.reason() + " " + now.differences()).isFalse();
    }

    @Test
    void aChangeTheLiveIndexCannotTakeStillReachesTheRebuildThatReplacesIt() throws Exception {
        List<CaseNote> written = writeNotes(1000);
        long others = runAs(SYSTEM_ADMIN, () -> health.check()).inDatabase() - 1000;
        // this test's agency is the newest, read last: stopped once its first notes are read
        RebuildRun first = runAs(SYSTEM_ADMIN, () -> rebuilds.start("10"));
        while (RUNNING.contains(status(first)) && read(first) < others + 50) {
            Thread.sleep(1);
        }
        runAs(SYSTEM_ADMIN, () -> rebuilds.stop());
        while (RUNNING.contains(status(first))) {
            Thread.sleep(10);
        }
        assertThat(status(first)).as("stopped before the end").isEqualTo("STOPPED");
        assertThat(read(first)).as("past the first notes of this agency").isGreaterThan(others + 20);

        // the live generation breaks: its directory goes, and the next note cannot be written to it
        Path live = Path.of(index.state().directory());
        assertThat(index.state().rebuildGeneration()).isNotNull().isNotEqualTo(live.getFileName().toString());
        deleteTree(live);
        runAs(triangle.caseWorker(), () -> notes.write(triangle.mentee().getId(),
                word + " written while the live index was broken", null, Sensitivity.NORMAL));
        // a note the rebuild had already read is withdrawn: refused by the live generation, kept by the rebuild
        CaseNote early = written.get(0);
        runAs(triangle.caseWorker(), () -> notes.withdraw(early.getId(), early.getVersion(), "wrong case"));
        assertThat(found("\"written while the live index was broken\"")).as("not in the live index").isZero();
        assertThat(found(word)).as("the withdrawn note still in the live index").isEqualTo(1000);

        RebuildRun again = runAs(SYSTEM_ADMIN, () -> rebuilds.restart());
        while (RUNNING.contains(status(again))) {
            Thread.sleep(10);
        }
        assertThat(status(again)).isEqualTo("COMPLETED");
        assertThat(read(again)).as("continued from its checkpoint, past the withdrawn note")
                .isLessThan(others + 1000 - 20);
        assertThat(found("\"written while the live index was broken\"")).isEqualTo(1);
        assertThat(found(word)).as("1,000 written, one more, one withdrawn").isEqualTo(1000);
        IndexHealth now = runAs(SYSTEM_ADMIN, () -> health.check());
        assertThat(now.rebuildNeeded()).as(now.reason() + " " + now.differences()).isFalse();
    }

    @Test
    void aNodeTakesIntoItsIndexWhatTheOtherNodesCommitted() {
        List<CaseNote> written = writeNotes(3);
        Caller system = Caller.systemFor(triangle.agency().id(), triangle.agency().code());
        List<SearchableNote> asFirstWritten = runAs(system, () -> notes.searchableOf(triangle.mentee().getId()));
        // on "other nodes": the case renamed and a note withdrawn; this node's index still as first written
        rename(triangle.mentee().getId(), "Adeyemi");
        CaseNote gone = written.get(0);
        runAs(triangle.caseWorker(), () -> notes.withdraw(gone.getId(), gone.getVersion(), "wrong case"));
        index.remove(written.stream().map(CaseNote::getNoteId).toList());
        index.put(asFirstWritten);
        assertThat(found(word)).as("stale: the withdrawn note still found").isEqualTo(3);
        assertThat(found("Adeyemi AND " + word)).as("stale: the old name").isZero();

        assertThat(follower.follow()).as("notes taken in").isGreaterThanOrEqualTo(3);

        assertThat(found(word)).isEqualTo(2);
        assertThat(found("Adeyemi AND " + word)).as("the new name on the notes left").isEqualTo(2);
        assertThat(found("Mentee AND " + word)).isZero();
        // looked again with nothing new: the same index
        follower.follow();
        assertThat(found(word)).isEqualTo(2);
    }

    @Test
    void theHealthCheckSaysWhenTheIndexMissesNotes() {
        writeNotes(3);
        CaseNote unindexed = runAs(triangle.caseWorker(), () -> notes.write(triangle.mentee().getId(),
                word + " kept", null, Sensitivity.NORMAL));
        index.remove(List.of(unindexed.getNoteId()));
        try {
            IndexHealth gap = runAs(SYSTEM_ADMIN, () -> health.check());
            assertThat(gap.rebuildNeeded()).isTrue();
            assertThat(gap.indexed()).isEqualTo(gap.inDatabase() - 1);
            assertThat(gap.differences()).singleElement().asString().startsWith(triangle.agency().code() + ": ");
        } finally {
            // the server's index is shared with the tests that follow
            index.put(runAs(Caller.systemFor(triangle.agency().id(), triangle.agency().code()),
                    () -> notes.searchableOf(triangle.mentee().getId())));
        }
        assertThat(runAs(SYSTEM_ADMIN, () -> health.check()).rebuildNeeded()).isFalse();
    }

    @Test
    void anIndexWhoseDirectoryIsDeletedIsReportedNotReadyAndARebuildRestoresIt() throws Exception {
        writeNotes(3);
        deleteTree(Path.of(index.state().directory()).getParent());
        CaseNote meanwhile = runAs(triangle.caseWorker(), () -> notes.write(triangle.mentee().getId(),
                word + " saved while the index was missing", null, Sensitivity.NORMAL));
        assertThat(meanwhile.getId()).as("the save is not lost with the index").isNotNull();

        assertThat(index.state().incompleteBecause()).isEqualTo("it cannot be written: its directory is missing");
        IndexHealth missing = runAs(SYSTEM_ADMIN, () -> health.check());
        assertThat(missing.rebuildNeeded()).isTrue();
        assertThat(searchIndexCheck(false).detail()).isEqualTo("its directory is missing: rebuild it");

        RebuildRun run = runAs(SYSTEM_ADMIN, () -> rebuilds.start(null));
        while (RUNNING.contains(status(run))) {
            Thread.sleep(10);
        }
        assertThat(status(run)).isEqualTo("COMPLETED");
        assertThat(Path.of(index.state().directory())).isDirectory();
        assertThat(searchIndexCheck(true).detail()).isEqualTo("present");
        assertThat(found(word)).as("the note saved while it was missing too").isEqualTo(4);
        IndexHealth now = runAs(SYSTEM_ADMIN, () -> health.check());
        assertThat(now.rebuildNeeded()).as(now.reason() + " " + now.differences()).isFalse();
    }

    /** The readiness report's search index check once it says {@code up} (reports are kept for 2 s). */
    private Readiness.Check searchIndexCheck(boolean up) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        Readiness.Check check;
        do {
            Thread.sleep(100);
            check = readiness.ready().checks().stream().filter(c -> c.name().equals("searchIndex")).findFirst()
                    .orElseThrow();
        } while (check.up() != up && System.currentTimeMillis() < until);
        assertThat(check.up()).as(check.detail()).isEqualTo(up);
        return check;
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private List<CaseNote> writeNotes(int count) {
        List<CaseNote> result = new ArrayList<>();
        try {
            transaction.begin();
            for (int n = 0; n < count; n++) {
                int number = n;
                result.add(runAs(triangle.caseWorker(), () -> notes.write(triangle.mentee().getId(),
                        word + " met at the hostel about the housing bond, visit " + number, Pathway.ACCOMMODATION,
                        Sensitivity.NORMAL)));
            }
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private void rename(long participantId, String familyName) {
        Participant current = runAs(triangle.coordinator(), () -> registry.participant(participantId));
        ParticipantDetails d = current.details();
        runAs(triangle.coordinator(), () -> registry.revise(current.getId(), current.getVersion(),
                new ParticipantDetails(d.externalRef(), d.justiceId(), d.givenName(), familyName, d.dateOfBirth(),
                        d.gender(), d.indigenousStatus(), d.region(), d.prison(), d.program(), d.referralDate(),
                        d.expectedReleaseDate(), d.actualReleaseDate(), d.vulnerabilities(), d.exitDate(),
                        d.exitType())));
    }

    private long found(String text) {
        return runAs(triangle.caseWorker(), () -> search.search(NoteQuery.of(text))).notes();
    }

    private String status(RebuildRun run) {
        return latest(run).status();
    }

    private long read(RebuildRun run) {
        return latest(run).notesRead();
    }

    private RebuildRun latest(RebuildRun run) {
        RebuildRun last = runAs(SYSTEM_ADMIN, () -> rebuilds.latest()).orElseThrow();
        assertThat(last.executionId()).isEqualTo(run.executionId());
        return last;
    }

    private void awaitNoRebuild() throws InterruptedException {
        while (runAs(SYSTEM_ADMIN, () -> rebuilds.latest()).filter(r -> RUNNING.contains(r.status())).isPresent()) {
            Thread.sleep(50);
        }
    }

    /** A word no other note holds, so that counts are this test's own. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
