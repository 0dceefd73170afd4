package org.gatehouse.reoffending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gatehouse.platform.ImportProgress;
import org.gatehouse.platform.ServerPaths;

/**
 * Where the justice department drops feed files ({@code gatehouse.feed.dir}, by default
 * {@code reoffending-feed} under the server's data directory). A file is taken once it has not
 * changed for a minute (so a copy still in progress is left alone) and, once its run holds its
 * content, moved to {@code imported/} under the run's number, where it is deleted after
 * {@link ImportProgress#FILE_KEPT} (it names people; the run forgets its copy too).
 */
final class FeedDropFolder {

    static final Duration SETTLED = Duration.ofMinutes(1);

    private final Path folder;

    FeedDropFolder(Path folder) {
        this.folder = folder;
    }

    static FeedDropFolder configured() {
        return new FeedDropFolder(ServerPaths.configured("gatehouse.feed.dir", "reoffending-feed"));
    }

    Path folder() {
        return folder;
    }

    /** The CSV files ready to import, oldest first. */
    List<Path> waiting(Instant now) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(f -> modified(f).plus(SETTLED).isBefore(now))
                    .sorted(Comparator.comparing(FeedDropFolder::modified).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the feed drop folder " + folder + " cannot be read", e);
        }
    }

    byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the feed file " + file.getFileName() + " cannot be read", e);
        }
    }

    void imported(Path file, long runId, Instant now) {
        try {
            Path done = Files.createDirectories(folder.resolve("imported"));
            Path moved = Files.move(file, done.resolve(runId + "-" + file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            // its time says when it was imported: how long it has been kept
            Files.setLastModifiedTime(moved, FileTime.from(now));
        } catch (IOException e) {
            throw new UncheckedIOException("the feed file " + file.getFileName() + " cannot be moved aside", e);
        }
    }

    /** Deletes the imported files kept longer than {@link ImportProgress#FILE_KEPT}; returns how many. */
    int forgetImported(Instant now) {
        Path done = folder.resolve("imported");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        Instant before = now.minus(ImportProgress.FILE_KEPT);
        try (Stream<Path> files = Files.list(done)) {
            List<Path> old = files.filter(Files::isRegularFile).filter(f -> modified(f).isBefore(before)).toList();
            for (Path file : old) {
                Files.delete(file);
            }
            return old.size();
        } catch (IOException e) {
            throw new UncheckedIOException("the imported feed files in " + done + " cannot be deleted", e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
